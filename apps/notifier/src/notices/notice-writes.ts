import type { TellThreadJobV1 } from '@concord/contracts';
import type { AlertLevel } from '@concord/routing';
import type { EntityManager } from 'typeorm';
import type { PendingDelivery, SentChannel } from '../deliveries/delivery-jobs';
import type { NotificationBody } from '../notifications/notification-content.renderer';

/** The set-based writes of a batch of notices: one statement per table, whatever the batch's size. */

export interface NoticeRow {
  id: string;
  threadId: string;
  alertId: string;
  alertRevision: number;
  reason: TellThreadJobV1['reason'];
  round: number;
  level: AlertLevel;
  outcome: 'delivered' | 'silenced' | 'inhibited';
  detail: string | null;
  /** What every recipient of a delivered notice reads; null for a muted one. */
  content: { title: string; body: NotificationBody } | null;
}

export interface NotificationRow {
  id: string;
  noticeId: string;
  threadId: string;
  alertId: string;
  alertRevision: number;
  enterpriseId: string;
  personId: string;
  level: AlertLevel;
  language: 'zh-CN' | 'en';
}

export interface DeliveryRow {
  noticeId: string;
  alertId: string;
  alertRevision: number;
  notificationId: string | null;
  personId: string | null;
  channel: SentChannel;
  target: string;
  notBefore: Date;
  payload: unknown;
  endpointId: string | null;
}

/** After a told notice: what the thread now says it told, and when it repeats or escalates. */
export interface ToldThreadUpdate {
  threadId: string;
  notifiedRevision: number;
  notifiedLevel: AlertLevel;
  escalationStep: number;
  escalateAt: Date | null;
  repeatAt: Date;
  repeatRound: number;
}

/** The ids of the notices written; a notice already there (its job ran before) is not. */
export async function insertNotices(manager: EntityManager, rows: readonly NoticeRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const written = await manager.query<{ id: string }[]>(
    `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, detail, title, body)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::text[], $10::text[], $11::jsonb[])
     ON CONFLICT ON CONSTRAINT notices_once DO NOTHING RETURNING id`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.threadId),
      rows.map((r) => r.alertId),
      rows.map((r) => r.alertRevision),
      rows.map((r) => r.reason),
      rows.map((r) => r.round),
      rows.map((r) => r.level),
      rows.map((r) => r.outcome),
      rows.map((r) => r.detail),
      rows.map((r) => r.content?.title ?? null),
      rows.map((r) => (r.content ? JSON.stringify(r.content.body) : null)),
    ],
  );
  return new Set(written.map((row) => row.id));
}

/**
 * The inbox entries: one per person and notice, in the person's language; their content is the
 * notice's. An entry is its person's in-app delivery (written in the transaction that decides it,
 * so delivered when it exists); the delivery log shows it beside the sent ones.
 */
export async function insertNotifications(manager: EntityManager, rows: readonly NotificationRow[]): Promise<void> {
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO notifications (id, notice_id, thread_id, alert_id, alert_revision, enterprise_id, person_id, level, language)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::uuid[], $7::uuid[], $8::text[], $9::text[])`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.noticeId),
      rows.map((r) => r.threadId),
      rows.map((r) => r.alertId),
      rows.map((r) => r.alertRevision),
      rows.map((r) => r.enterpriseId),
      rows.map((r) => r.personId),
      rows.map((r) => r.level),
      rows.map((r) => r.language),
    ],
  );
}

/** Writes the notices' deliveries that a job sends (email, SMS, webhook) and answers them for their jobs. */
export async function insertDeliveries(manager: EntityManager, rows: readonly DeliveryRow[]): Promise<PendingDelivery[]> {
  if (rows.length === 0) return [];
  return manager.query<PendingDelivery[]>(
    `INSERT INTO deliveries (id, notice_id, alert_id, alert_revision, notification_id, person_id, channel, target, not_before, payload, endpoint_id)
     SELECT gen_random_uuid(), * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[], $9::jsonb[], $10::uuid[])
     ON CONFLICT ON CONSTRAINT deliveries_once_per_notice DO NOTHING
     RETURNING id, channel, not_before AS "notBefore"`,
    [
      rows.map((r) => r.noticeId),
      rows.map((r) => r.alertId),
      rows.map((r) => r.alertRevision),
      rows.map((r) => r.notificationId),
      rows.map((r) => r.personId),
      rows.map((r) => r.channel),
      rows.map((r) => r.target),
      rows.map((r) => r.notBefore),
      rows.map((r) => (r.payload === null ? null : JSON.stringify(r.payload))),
      rows.map((r) => r.endpointId),
    ],
  );
}

export async function markThreadsTold(manager: EntityManager, updates: readonly ToldThreadUpdate[], now: Date): Promise<void> {
  if (updates.length === 0) return;
  await manager.query(
    `UPDATE threads t SET notified_revision = u.nr, notified_level = u.nl, notified_at = $8, suppressed_by = NULL,
            escalation_step = u.es, escalate_at = u.ea, repeat_at = u.ra, repeat_round = u.rr
       FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[], $5::timestamptz[], $6::timestamptz[], $7::int[]) AS u(id, nr, nl, es, ea, ra, rr)
      WHERE t.id = u.id`,
    [
      updates.map((u) => u.threadId),
      updates.map((u) => u.notifiedRevision),
      updates.map((u) => u.notifiedLevel),
      updates.map((u) => u.escalationStep),
      updates.map((u) => u.escalateAt),
      updates.map((u) => u.repeatAt),
      updates.map((u) => u.repeatRound),
      now,
    ],
  );
}

/** Muted threads remember what muted them, so the release (silence end, inhibitor closed) finds them. */
export async function markThreadsSuppressed(manager: EntityManager, suppressed: ReadonlyMap<string, string>): Promise<void> {
  if (suppressed.size === 0) return;
  await manager.query(`UPDATE threads t SET suppressed_by = u.by FROM unnest($1::uuid[], $2::text[]) AS u(id, by) WHERE t.id = u.id`, [[...suppressed.keys()], [...suppressed.values()]]);
}

/** A re-run notice's deliveries still waiting for their job. */
export function pendingDeliveriesOfNotice(manager: EntityManager, threadId: string, revision: number, job: TellThreadJobV1): Promise<PendingDelivery[]> {
  return manager.query<PendingDelivery[]>(
    `SELECT d.id, d.channel, d.not_before AS "notBefore" FROM deliveries d JOIN notices n ON n.id = d.notice_id
      WHERE n.thread_id = $1 AND n.alert_revision = $2 AND n.reason = $3 AND n.round = $4 AND d.status = 'pending'`,
    [threadId, revision, job.reason, job.round],
  );
}
