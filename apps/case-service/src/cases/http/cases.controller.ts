import { Controller, Get, Param, Query } from '@nestjs/common';
import { type CaseView, GetCaseUseCase } from '../use-cases/get-case.use-case';
import { type CaseSummaryView, ListCasesUseCase } from '../use-cases/list-cases.use-case';
import { CaseParams, CasesQuery } from './cases.dto';

/** Staff token required on every route (global guard); scoping reads by region is a later issue. */
@Controller('v1/cases')
export class CasesController {
  constructor(
    private readonly listCases: ListCasesUseCase,
    private readonly getCase: GetCaseUseCase,
  ) {}

  @Get()
  list(@Query() query: CasesQuery): Promise<{ items: CaseSummaryView[] }> {
    return this.listCases.execute(query);
  }

  @Get(':id')
  get(@Param() params: CaseParams): Promise<CaseView> {
    return this.getCase.execute(params.id);
  }
}
