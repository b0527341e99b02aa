import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditController } from './http/audit.controller';
import { StaffChangeAuditor } from './staff-change-auditor';
import { ListAuditEntriesUseCase } from './use-cases/list-audit-entries.use-case';

/** The staff audit trail: written for every staff change and login attempt, read by admins. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLog, StaffChangeAuditor, ListAuditEntriesUseCase],
  exports: [AuditLog, StaffChangeAuditor],
})
export class AuditModule {}
