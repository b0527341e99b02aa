import { Controller, Get, Param } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, StaffAccess } from '@concord/auth';
import type { EnterpriseRiskView, ScoreView } from '../risk-view.mapper';
import { GetEnterpriseRiskUseCase } from '../use-cases/get-enterprise-risk.use-case';
import { type ForecastView, GetForecastUseCase } from '../use-cases/get-forecast.use-case';
import { ListScoreHistoryUseCase } from '../use-cases/list-score-history.use-case';
import { EnterpriseParamsDto } from './enterprise-params.dto';

/**
 * Read side of an enterprise's risk, for the roles that watch risk; the enterprise must be in the
 * caller's scope (its region subtree, or its own enterprise for a committee member), else 403.
 */
@Controller('v1/enterprises/:id')
@Roles('admin', 'federation_staff', 'committee_member', 'rules_editor', 'rules_publisher')
export class EnterpriseRiskController {
  constructor(
    private readonly access: StaffAccess,
    private readonly getRisk: GetEnterpriseRiskUseCase,
    private readonly listScores: ListScoreHistoryUseCase,
    private readonly getForecast: GetForecastUseCase,
  ) {}

  @Get('risk')
  async risk(@Param() params: EnterpriseParamsDto, @CurrentStaff() staff: StaffClaims): Promise<EnterpriseRiskView> {
    await this.access.assertEnterprise(staff, params.id);
    return this.getRisk.execute(params.id);
  }

  @Get('forecast')
  async forecast(@Param() params: EnterpriseParamsDto, @CurrentStaff() staff: StaffClaims): Promise<ForecastView> {
    await this.access.assertEnterprise(staff, params.id);
    return this.getForecast.execute(params.id);
  }

  @Get('scores')
  async scores(@Param() params: EnterpriseParamsDto, @CurrentStaff() staff: StaffClaims): Promise<{ enterpriseId: string; items: ScoreView[] }> {
    await this.access.assertEnterprise(staff, params.id);
    return this.listScores.execute(params.id);
  }
}
