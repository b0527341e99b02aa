import type { TellThreadJobV1 } from '@concord/contracts';
import { jsonRecords } from '@concord/database';
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

/** A notice's inbox entries: what they share written once, then each person's own part. */
export interface NoticeEntries {
  noticeId: string;
  threadId: string;
  alertId: string;
  alertRevision: number;
  enterpriseId: string;
  level: AlertLevel;
  entries: { id: string; personId: string; language: 'zh-CN' | 'en' }[];
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
  /** A webhook body sent as given (a group-chat robot message); null for the others. */
  payload: unknown;
  /** A JSON webhook: its body is the alert's WebhookPayload, which Postgres builds (WEBHOOK_BODY_OF_NOTICE). */
  alertBody: boolean;
  endpointId: string | null;
}

/**
 * The JSON webhook body (WebhookPayload, notifications/notification-content.renderer.ts): the
 * alert of the notice's thread, with the notice's title and its body's enterprise and link. Built
 * where those already are rather than sent again: it was a sixth of what the notifier sent
 * Postgres per alert. jsonb orders the keys itself, so the body reads as it did when sent whole.
 */
const WEBHOOK_BODY_OF_NOTICE = `jsonb_build_object('alert', t.alert, 'enterprise', n.body->'enterprise', 'level', t.alert->'level', 'title', n.title, 'link', n.body->'link')`;

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
     SELECT id, "threadId", "alertId", "alertRevision", reason, round, level, outcome, detail, content->>'title', content->'body'
       FROM json_to_recordset($1::json) AS r(id uuid, "threadId" uuid, "alertId" uuid, "alertRevision" int, reason text, round bigint, level text, outcome text, detail text, content jsonb)
     ON CONFLICT ON CONSTRAINT notices_once DO NOTHING RETURNING id`,
    [jsonRecords(rows)],
  );
  return new Set(written.map((row) => row.id));
}

/**
 * The inbox entries: one per person and notice, in the person's language; their content is the
 * notice's. An entry is its person's in-app delivery (written in the transaction that decides it,
 * so delivered when it exists); the delivery log shows it beside the sent ones. Sent grouped by
 * notice, so what the entries of a notice share (some 5 of them) is sent and parsed once: entries
 * were the largest part of the notifier's statements, by bytes.
 */
export async function insertNotifications(manager: EntityManager, notices: readonly NoticeEntries[]): Promise<void> {
  if (notices.every((notice) => notice.entries.length === 0)) return;
  await manager.query(
    `INSERT INTO notifications (id, notice_id, thread_id, alert_id, alert_revision, enterprise_id, person_id, level, language)
     SELECT e.id, n."noticeId", n."threadId", n."alertId", n."alertRevision", n."enterpriseId", e."personId", n.level, e.language
       FROM json_to_recordset($1::json) AS n("noticeId" uuid, "threadId" uuid, "alertId" uuid, "alertRevision" int, "enterpriseId" uuid, level text, entries json)
      CROSS JOIN LATERAL json_to_recordset(n.entries) AS e(id uuid, "personId" uuid, language text)`,
    [jsonRecords(notices)],
  );
}

/** Writes the notices' deliveries that a job sends (email, SMS, webhook) and answers them for their jobs. */
export async function insertDeliveries(manager: EntityManager, rows: readonly DeliveryRow[]): Promise<PendingDelivery[]> {
  if (rows.length === 0) return [];
  return manager.query<PendingDelivery[]>(
    `INSERT INTO deliveries (id, notice_id, alert_id, alert_revision, notification_id, person_id, channel, target, not_before, payload, endpoint_id)
     SELECT gen_random_uuid(), r."noticeId", r."alertId", r."alertRevision", r."notificationId", r."personId", r.channel, r.target, r."notBefore",
            CASE WHEN r."alertBody" THEN ${WEBHOOK_BODY_OF_NOTICE} ELSE r.payload END, r."endpointId"
       FROM json_to_recordset($1::json)
         AS r("noticeId" uuid, "alertId" uuid, "alertRevision" int, "notificationId" uuid, "personId" uuid, channel text, target text, "notBefore" timestamptz,
              payload jsonb, "alertBody" boolean, "endpointId" uuid)
       LEFT JOIN notices n ON r."alertBody" AND n.id = r."noticeId"
       LEFT JOIN threads t ON t.id = n.thread_id
     ON CONFLICT ON CONSTRAINT deliveries_once_per_notice DO NOTHING
     RETURNING id, channel, not_before AS "notBefore"`,
    [jsonRecords(rows)],
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
