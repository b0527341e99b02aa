import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '@concord/auth';
import { type AuditPage, ListAuditEntriesUseCase } from '../use-cases/list-audit-entries.use-case';
import { ListAuditQueryDto } from './list-audit.query.dto';

/** The staff audit trail, for administrators only. */
@Roles('admin')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly listEntries: ListAuditEntriesUseCase) {}

  @Get()
  list(@Query() query: ListAuditQueryDto): Promise<AuditPage> {
    return this.listEntries.execute(query);
  }
}
