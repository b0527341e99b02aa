import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { RuleSet } from '@concord/risk-rules';
import { type BacktestOutcome, BacktestDraftUseCase } from '../use-cases/backtest-draft.use-case';
import { ListRuleSetsUseCase } from '../use-cases/list-rule-sets.use-case';
import { type PublishOutcome, PublishDraftUseCase } from '../use-cases/publish-draft.use-case';
import { RollbackUseCase } from '../use-cases/rollback.use-case';
import { SaveDraftUseCase } from '../use-cases/save-draft.use-case';
import { AuditQueryDto, PublishRequestDto, RollbackRequestDto, SaveDraftRequestDto, VersionParamsDto } from './rule-set-requests.dto';

/**
 * Rules as data: editors save a draft and backtest it; publishers (not the draft's editor)
 * publish it or roll back to an earlier version; everyone with rules duties reads the audit.
 * Administrators may do everything (the publish use case still refuses the draft's own editor).
 * Rule sets are federation-wide, so there is no region scope here.
 */
@Controller('v1/rule-sets')
@Roles('admin', 'federation_staff', 'rules_editor', 'rules_publisher')
export class RuleSetsController {
  constructor(
    private readonly list: ListRuleSetsUseCase,
    private readonly saveDraft: SaveDraftUseCase,
    private readonly backtestDraft: BacktestDraftUseCase,
    private readonly publishDraft: PublishDraftUseCase,
    private readonly rollbackTo: RollbackUseCase,
  ) {}

  @Get()
  versions() {
    return this.list.versions();
  }

  @Get('audit')
  audit(@Query() query: AuditQueryDto) {
    return this.list.audit(query.limit);
  }

  @Get(':version')
  version(@Param() params: VersionParamsDto) {
    return this.list.body(params.version);
  }

  @Put('draft')
  @Roles('admin', 'rules_editor')
  draft(@Body() request: SaveDraftRequestDto, @CurrentStaff() staff: StaffClaims) {
    return this.saveDraft.execute(request.ruleSet as unknown as RuleSet, staff.sub);
  }

  @Post('draft/backtest')
  @HttpCode(200)
  @Roles('admin', 'rules_editor', 'rules_publisher')
  backtest(@CurrentStaff() staff: StaffClaims): Promise<BacktestOutcome> {
    return this.backtestDraft.execute(staff.sub);
  }

  @Post('draft/publish')
  @HttpCode(200)
  @Roles('admin', 'rules_publisher')
  publish(@Body() request: PublishRequestDto, @CurrentStaff() staff: StaffClaims): Promise<PublishOutcome> {
    return this.publishDraft.execute(staff.sub, request.reason);
  }

  @Post('rollback')
  @HttpCode(200)
  @Roles('admin', 'rules_publisher')
  rollback(@Body() request: RollbackRequestDto, @CurrentStaff() staff: StaffClaims): Promise<PublishOutcome> {
    return this.rollbackTo.execute(request.toVersion, staff.sub, request.reason);
  }
}
