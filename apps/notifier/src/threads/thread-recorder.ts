import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RiskAlertV1 } from '@concord/contracts';
import { alertCategory } from '@concord/routing';
import { levelRank } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { THREAD_COLUMNS, type ThreadRow } from './thread-row';
import { type DueNotice, ThreadTimers } from './thread-timers';

type AlertData = RiskAlertV1['data'];

/**
 * Files an alert revision into its enterprise's threads, inside the caller's transaction, and
 * says which notices fall due: a new thread after the group wait, a raised or re-triggered one at
 * once, and the threads a closed inhibitor had muted. Stale revisions (redelivered out of order)
 * change nothing.
 */
@Injectable()
export class ThreadRecorder {
  constructor(private readonly timers: ThreadTimers) {}

  async record(manager: EntityManager, alert: AlertData, now: Date): Promise<DueNotice[]> {
    // Threads of one enterprise change one transaction at a time (recorder, notices, acknowledgements).
    await lockEnterprise(manager, alert.enterpriseId);
    if (alert.status === 'resolved' || alert.level === 'GREEN') return this.closeThreads(manager, alert.enterpriseId, alert.alertId, null, now);
    const category = alertCategory(alert.fired);
    // The incident no longer triggers the level: its thread ends, whatever else stays open.
    const released = category === 'labor_risk' ? await this.closeThreads(manager, alert.enterpriseId, alert.alertId, 'collective_incident', now) : [];
    const [open] = await manager.query<ThreadRow[]>(
      `SELECT ${THREAD_COLUMNS} FROM threads WHERE enterprise_id = $1 AND category = $2 AND status = 'open' FOR UPDATE`,
      [alert.enterpriseId, category],
    );
    const level = alert.level;
    if (!open || open.alert_id !== alert.alertId) {
      // Another alert of the enterprise in this category is another condition: its own thread.
      const replaced = open ? await this.closeThreads(manager, alert.enterpriseId, open.alert_id, category, now) : [];
      const id = randomUUID();
      await manager.query(
        `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at) VALUES ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $8)`,
        [id, alert.enterpriseId, category, alert.alertId, level, alert.revision, alert, now],
      );
      return [...released, ...replaced, { threadId: id, reason: 'opened', revision: alert.revision, round: 0, at: new Date(now.getTime() + this.timers.groupWaitMs(level)) }];
    }
    if (alert.revision <= open.revision) return released;
    await manager.query(`UPDATE threads SET level = $2, revision = $3, alert = $4, updated_at = $5 WHERE id = $1`, [open.id, level, alert.revision, alert, now]);
    const told = open.notified_level ?? open.level;
    const reason = levelRank(level) > levelRank(told) ? 'raised' : 'new_trigger';
    return [...released, { threadId: open.id, reason, revision: alert.revision, round: 0, at: now }];
  }

  /**
   * Closes the alert's open threads (of one category, or all), and returns the release notices
   * of the threads they were muting.
   */
  private async closeThreads(manager: EntityManager, enterpriseId: string, alertId: string, category: string | null, now: Date): Promise<DueNotice[]> {
    // TypeORM answers an UPDATE with [rows, count]; as a CTE read by a SELECT it answers rows.
    const closed = await manager.query<{ id: string }[]>(
      `WITH closed AS (
         UPDATE threads SET status = 'closed', closed_at = $3, updated_at = $3
          WHERE alert_id = $1 AND status = 'open' AND ($2::text IS NULL OR category = $2) RETURNING id)
       SELECT id FROM closed`,
      [alertId, category, now],
    );
    if (closed.length === 0) return [];
    const muted = await manager.query<{ id: string; revision: number }[]>(
      `SELECT id, revision FROM threads WHERE enterprise_id = $1 AND status = 'open' AND suppressed_by = ANY($2::text[])`,
      [enterpriseId, closed.map((thread) => `inhibited:${thread.id}`)],
    );
    return muted.map((thread) => ({ threadId: thread.id, reason: 'released', revision: thread.revision, round: now.getTime(), at: now }));
  }
}

export async function lockEnterprise(manager: EntityManager, enterpriseId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('notify.enterprise'), hashtext($1))`, [enterpriseId]);
}
