import { Controller, Get, Param } from '@nestjs/common';
import type { EnterpriseRiskView, ScoreView } from '../risk-view.mapper';
import { GetEnterpriseRiskUseCase } from '../use-cases/get-enterprise-risk.use-case';
import { type ForecastView, GetForecastUseCase } from '../use-cases/get-forecast.use-case';
import { ListScoreHistoryUseCase } from '../use-cases/list-score-history.use-case';
import { EnterpriseParamsDto } from './enterprise-params.dto';

/** Read side of an enterprise's risk; any valid staff token for now (region scoping comes later). */
@Controller('v1/enterprises/:id')
export class EnterpriseRiskController {
  constructor(
    private readonly getRisk: GetEnterpriseRiskUseCase,
    private readonly listScores: ListScoreHistoryUseCase,
    private readonly getForecast: GetForecastUseCase,
  ) {}

  @Get('risk')
  risk(@Param() params: EnterpriseParamsDto): Promise<EnterpriseRiskView> {
    return this.getRisk.execute(params.id);
  }

  @Get('forecast')
  forecast(@Param() params: EnterpriseParamsDto): Promise<ForecastView> {
    return this.getForecast.execute(params.id);
  }

  @Get('scores')
  scores(@Param() params: EnterpriseParamsDto): Promise<{ enterpriseId: string; items: ScoreView[] }> {
    return this.listScores.execute(params.id);
  }
}
