import { Body, Controller, Get, Param, Post, Query, UseFilters } from '@nestjs/common';
import { CurrentStaff, type StaffClaims } from '@concord/auth';
import { ZodValidationPipe } from 'nestjs-zod';
import { type AppliedTransition, ApplyCaseTransitionUseCase } from '../use-cases/apply-case-transition.use-case';
import { type CaseView, GetCaseUseCase } from '../use-cases/get-case.use-case';
import { type CaseSummaryView, ListCasesUseCase } from '../use-cases/list-cases.use-case';
import { CaseTransitionRefusedFilter } from './case-transition-refused.filter';
import { type CaseTransitionCommand, caseTransitionCommand } from './case-transition.dto';
import { CaseParams, CasesQuery } from './cases.dto';

/** Staff token required on every route (global guard); scoping reads by region is a later issue. */
@Controller('v1/cases')
export class CasesController {
  constructor(
    private readonly listCases: ListCasesUseCase,
    private readonly getCase: GetCaseUseCase,
    private readonly applyCaseTransition: ApplyCaseTransitionUseCase,
  ) {}

  @Get()
  list(@Query() query: CasesQuery): Promise<{ items: CaseSummaryView[] }> {
    return this.listCases.execute(query);
  }

  @Get(':id')
  get(@Param() params: CaseParams): Promise<CaseView> {
    return this.getCase.execute(params.id);
  }

  /** One case-workflow command: 201 with the transition, 409 with the workflow's code when refused. */
  @Post(':id/transitions')
  @UseFilters(CaseTransitionRefusedFilter)
  transition(
    @Param() params: CaseParams,
    // A union has no DTO class for the global pipe to read, so the body names its schema here.
    @Body(new ZodValidationPipe(caseTransitionCommand)) command: CaseTransitionCommand,
    @CurrentStaff() staff: StaffClaims,
  ): Promise<AppliedTransition> {
    return this.applyCaseTransition.execute(params.id, command, staff);
  }
}
