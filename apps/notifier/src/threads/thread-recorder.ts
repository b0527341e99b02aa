import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RiskAlertV1 } from '@concord/contracts';
import { jsonRecords, preparedStatement, runPrepared } from '@concord/database';
import { type AlertLevel, type ThreadCategory, alertCategory } from '@concord/routing';
import { levelRank } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { type DueNotice, ThreadTimers } from './thread-timers';

type AlertData = RiskAlertV1['data'];

/** What filing needs of an open thread. */
interface OpenThread {
  id: string;
  enterprise_id: string;
  category: ThreadCategory;
  alert_id: string;
  level: AlertLevel;
  revision: number;
  notified_level: AlertLevel | null;
  suppressed_by: string | null;
  alert: AlertData | null;
  /** opened by this batch */
  isNew: boolean;
  closed: boolean;
  changed: boolean;
}

/**
 * Files a batch of alert revisions into their enterprises' threads, inside the caller's
 * transaction and under its enterprise locks, and says which notices fall due: a new thread after
 * the group wait, a raised or re-triggered one at once, and the threads a closed inhibitor had
 * muted. Revisions are applied in arrival order to the open threads read once for the whole
 * batch, then written with one statement per kind of change. Stale revisions (redelivered out of
 * order) change nothing.
 */
@Injectable()
export class ThreadRecorder {
  constructor(private readonly timers: ThreadTimers) {}

  async record(manager: EntityManager, alerts: readonly AlertData[], now: Date): Promise<DueNotice[]> {
    if (alerts.length === 0) return [];
    const threads = await openThreads(manager, [...new Set(alerts.map((alert) => alert.enterpriseId))]);
    const due: DueNotice[] = [];
    for (const alert of alerts) due.push(...this.file(threads, alert, now));
    await writeThreads(manager, threads, now);
    return due;
  }

  private file(threads: OpenThread[], alert: AlertData, now: Date): DueNotice[] {
    const ofEnterprise = () => threads.filter((thread) => thread.enterprise_id === alert.enterpriseId && !thread.closed);
    if (alert.status === 'resolved' || alert.level === 'GREEN') return close(ofEnterprise(), alert.alertId, null, now);
    const category = alertCategory(alert.fired);
    // The incident no longer triggers the level: its thread ends, whatever else stays open.
    const released = category === 'labor_risk' ? close(ofEnterprise(), alert.alertId, 'collective_incident', now) : [];
    const open = ofEnterprise().find((thread) => thread.category === category);
    if (!open || open.alert_id !== alert.alertId) {
      // Another alert of the enterprise in this category is another condition: its own thread.
      const replaced = open ? close(ofEnterprise(), open.alert_id, category, now) : [];
      const id = randomUUID();
      threads.push({ id, enterprise_id: alert.enterpriseId, category, alert_id: alert.alertId, level: alert.level, revision: alert.revision, notified_level: null, suppressed_by: null, alert, isNew: true, closed: false, changed: true });
      return [...released, ...replaced, { threadId: id, reason: 'opened', revision: alert.revision, round: 0, at: new Date(now.getTime() + this.timers.groupWaitMs(alert.level)) }];
    }
    if (alert.revision <= open.revision) return released;
    const told = open.notified_level ?? open.level;
    Object.assign(open, { level: alert.level, revision: alert.revision, alert, changed: true });
    const reason = levelRank(alert.level) > levelRank(told) ? 'raised' : 'new_trigger';
    return [...released, { threadId: open.id, reason, revision: alert.revision, round: 0, at: now }];
  }
}

/** Closes the alert's open threads (of one category, or all) and answers the release notices of the threads they were muting. */
function close(open: readonly OpenThread[], alertId: string, category: ThreadCategory | null, now: Date): DueNotice[] {
  const closing = open.filter((thread) => thread.alert_id === alertId && (category === null || thread.category === category));
  for (const thread of closing) thread.closed = true;
  const mutedBy = new Set(closing.map((thread) => `inhibited:${thread.id}`));
  return open
    .filter((thread) => !thread.closed && thread.suppressed_by !== null && mutedBy.has(thread.suppressed_by))
    .map((thread) => ({ threadId: thread.id, reason: 'released', revision: thread.revision, round: now.getTime(), at: now }));
}

const OPEN_THREADS = preparedStatement(
  'notify.open-threads-for-update',
  `SELECT id, enterprise_id, category, alert_id, level, revision, notified_level, suppressed_by FROM threads
    WHERE enterprise_id = ANY($1::uuid[]) AND status = 'open' ORDER BY id FOR UPDATE`,
);

async function openThreads(manager: EntityManager, enterpriseIds: readonly string[]): Promise<OpenThread[]> {
  const rows = await runPrepared<Omit<OpenThread, 'alert' | 'isNew' | 'closed' | 'changed'>>(manager, OPEN_THREADS, [enterpriseIds]);
  return rows.map((row) => ({ ...row, alert: null, isNew: false, closed: false, changed: false }));
}

/**
 * Closes, then updates, then inserts: a thread replaced in this batch is closed before its
 * successor takes the one open place of its enterprise and category.
 */
async function writeThreads(manager: EntityManager, threads: readonly OpenThread[], now: Date): Promise<void> {
  const closed = threads.filter((thread) => thread.closed && !thread.isNew);
  if (closed.length > 0) {
    await manager.query(`UPDATE threads SET status = 'closed', closed_at = $2, updated_at = $2 WHERE id = ANY($1::uuid[])`, [closed.map((thread) => thread.id), now]);
  }
  const updated = threads.filter((thread) => thread.changed && !thread.isNew && !thread.closed);
  if (updated.length > 0) {
    await manager.query(
      `UPDATE threads t SET level = u.level, revision = u.revision, alert = u.alert, updated_at = $2
         FROM json_to_recordset($1::json) AS u(id uuid, level text, revision int, alert jsonb) WHERE t.id = u.id`,
      [jsonRecords(updated), now],
    );
  }
  const inserted = threads.filter((thread) => thread.isNew);
  if (inserted.length > 0) {
    await manager.query(
      `INSERT INTO threads (id, enterprise_id, category, alert_id, status, level, revision, alert, opened_at, updated_at, closed_at)
       SELECT id, enterprise_id, category, alert_id, CASE WHEN closed THEN 'closed' ELSE 'open' END, level, revision, alert, $2, $2, CASE WHEN closed THEN $2::timestamptz END
         FROM json_to_recordset($1::json) AS n(id uuid, enterprise_id uuid, category text, alert_id uuid, level text, revision int, alert jsonb, closed boolean)`,
      [jsonRecords(inserted), now],
    );
  }
}

/**
 * Threads of one enterprise change one transaction at a time (recorder, notices,
 * acknowledgements): each takes its enterprises' locks first, in id order, so two transactions
 * never wait on each other in a cycle.
 */
export async function lockEnterprises(manager: EntityManager, enterpriseIds: readonly string[]): Promise<void> {
  const ordered = [...new Set(enterpriseIds)].sort();
  // unnest reads the array in order, so the locks are taken in id order.
  await manager.query(`SELECT count(pg_advisory_xact_lock(hashtext('notify.enterprise'), hashtext(id))) FROM unnest($1::text[]) AS id`, [ordered]);
}
