import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, enterpriseScopeOf, enterpriseScopeSql, StaffAccess } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';

class ThreadParams extends createZodDto(z.object({ threadId: z.uuid() })) {}
class ThreadsQuery extends createZodDto(
  z.object({
    status: z.enum(['open', 'closed']).default('open'),
    enterpriseId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
) {}

const THREAD_VIEW = `id, enterprise_id AS "enterpriseId", category, alert_id AS "alertId", status, level, revision,
  notified_revision AS "notifiedRevision", notified_at AS "notifiedAt", acknowledged_at AS "acknowledgedAt", acknowledged_by AS "acknowledgedBy",
  escalation_step AS "escalationStep", escalate_at AS "escalateAt", repeat_at AS "repeatAt", suppressed_by AS "suppressedBy",
  opened_at AS "openedAt", updated_at AS "updatedAt", closed_at AS "closedAt"`;

/**
 * Notification threads with their escalation state, and each thread's notices (what was told,
 * muted, escalated): for staff and committee members, of the enterprises in their scope only.
 */
@Controller('v1/threads')
@Roles('admin', 'federation_staff', 'committee_member')
export class ThreadsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: StaffAccess,
  ) {}

  @Get()
  async list(@Query() query: ThreadsQuery, @CurrentStaff() staff: StaffClaims): Promise<{ items: unknown[] }> {
    const inScope = enterpriseScopeSql(enterpriseScopeOf(staff), 'enterprise_id', 4);
    const items = await this.dataSource.query<unknown[]>(
      `SELECT ${THREAD_VIEW} FROM threads WHERE status = $1 AND ($2::uuid IS NULL OR enterprise_id = $2) AND ${inScope.sql} ORDER BY updated_at DESC LIMIT $3`,
      [query.status, query.enterpriseId ?? null, query.limit, ...inScope.params],
    );
    return { items };
  }

  @Get(':threadId')
  async get(@Param() params: ThreadParams, @CurrentStaff() staff: StaffClaims): Promise<unknown> {
    const [thread] = await this.dataSource.query<{ enterpriseId: string }[]>(`SELECT ${THREAD_VIEW} FROM threads WHERE id = $1`, [params.threadId]);
    if (!thread) throw new NotFoundException(`no notification thread ${params.threadId}`);
    await this.access.assertEnterprise(staff, thread.enterpriseId);
    const notices = await this.dataSource.query<unknown[]>(
      `SELECT id, alert_revision AS "alertRevision", reason, round, level, outcome, detail, created_at AS "createdAt" FROM notices WHERE thread_id = $1 ORDER BY created_at`,
      [params.threadId],
    );
    return { ...thread, notices };
  }
}
