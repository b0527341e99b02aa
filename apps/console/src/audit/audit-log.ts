import { Injectable, Logger } from '@nestjs/common';
import type { StaffRole } from '@concord/auth';
import { DataSource } from 'typeorm';
import { type AuditAction, AuditEntry } from './audit-entry.entity';

export interface NewAuditEntry {
  action: AuditAction;
  personId: string | null;
  roles: StaffRole[];
  emailDigest?: string | null;
  method: string;
  path: string;
  targetIds: string[];
  status: number | null;
  correlationId: string | null;
}

/** Appends to the staff audit trail (directory.staff_audit_log). */
@Injectable()
export class AuditLog {
  private readonly log = new Logger(AuditLog.name);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Never throws: the change it describes has already happened and been answered, so a lost row
   * is logged as an error (with everything it would have held) for operators to act on.
   */
  async record(entry: NewAuditEntry): Promise<void> {
    try {
      await this.dataSource.getRepository(AuditEntry).insert({ ...entry, emailDigest: entry.emailDigest ?? null });
    } catch (error) {
      this.log.error({ err: error, audit: entry }, 'audit entry could not be written');
    }
  }
}
