import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { TellThreadJobV1 } from '@concord/contracts';
import type { JobOutcome } from '@concord/queue';
import { type NoticeDecision, acknowledgementDeadline, decideNotice, inhibitingThread, mutingSilence, planPersonDeliveries } from '@concord/routing';
import { levelRank } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { AckLinks } from '../../acknowledgements/ack-links';
import { renderMessage } from '../../channels/message-templates';
import { markdownRobotMessage } from '../../channels/webhook-formats';
import { type PendingDelivery, DeliveryJobs } from '../../deliveries/delivery-jobs';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../../notifier.config';
import { EnterpriseDirectoryReader, type RoutedEnterprise } from '../../notifications/enterprise-directory.reader';
import { type NotificationContent, renderAlertNotification, renderWebhookPayload } from '../../notifications/notification-content.renderer';
import { lockEnterprise } from '../../threads/thread-recorder';
import { THREAD_COLUMNS, type ThreadRow } from '../../threads/thread-row';
import { type DueNotice, ThreadTimers } from '../../threads/thread-timers';
import { noticeAudience } from '../notice-audience';
import { NoticeContextReader } from '../notice-context.reader';

interface Told {
  deliveries: PendingDelivery[];
  timers: DueNotice[];
}

const TELLS_NEW_REVISION = new Set(['opened', 'raised', 'new_trigger']);

/**
 * Runs one due notice of a thread (a job from ThreadTimers): decides whether it goes out
 * (decideNotice: closed, acknowledged, already told, silenced, inhibited), and if so writes the
 * notice, each recipient's inbox entry and their deliveries per channel (person preferences,
 * quiet hours, RED override) plus the region's webhooks, and moves the thread's repeat and
 * escalation timers — all in one transaction under the enterprise's lock. Delivery jobs and
 * timers are enqueued after the commit; a notice that already exists (a re-run job) only
 * re-enqueues its pending deliveries.
 */
@Injectable()
export class TellThreadUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: EnterpriseDirectoryReader,
    private readonly context: NoticeContextReader,
    private readonly timers: ThreadTimers,
    private readonly deliveryJobs: DeliveryJobs,
    private readonly ackLinks: AckLinks,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(job: TellThreadJobV1): Promise<JobOutcome> {
    const now = new Date();
    const told = await this.dataSource.transaction((manager) => this.tell(manager, job, now));
    if (!told) return 'skipped';
    await this.deliveryJobs.enqueue(told.deliveries);
    await this.timers.schedule(told.timers);
    return 'done';
  }

  private async tell(manager: EntityManager, job: TellThreadJobV1, now: Date): Promise<Told | null> {
    const [located] = await manager.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE id = $1`, [job.threadId]);
    if (!located) return null;
    await lockEnterprise(manager, located.enterprise_id);
    const [thread] = await manager.query<(ThreadRow & { escalate_at: Date | null })[]>(`SELECT ${THREAD_COLUMNS}, escalate_at FROM threads WHERE id = $1 FOR UPDATE`, [job.threadId]);
    const enterprise = await this.directory.enterprise(manager, thread.enterprise_id);
    const decision = await this.decide(manager, job, thread, enterprise, now);
    if (decision.action === 'skip') return null;
    if (decision.action === 'suppress') {
      const by = decision.reason === 'silenced' ? `silenced:${decision.silence.id}` : `inhibited:${decision.by.threadId}`;
      await this.insertNotice(manager, job, thread, decision.reason, by);
      await manager.query(`UPDATE threads SET suppressed_by = $2 WHERE id = $1`, [thread.id, by]);
      return null;
    }
    const noticeId = await this.insertNotice(manager, job, thread, 'delivered', null);
    if (!noticeId) return { deliveries: await pendingDeliveriesOfNotice(manager, thread.id, thread.revision, job), timers: [] };
    const deadline = acknowledgementDeadline(thread.level, now, enterprise.jurisdiction, this.config.NOTIFY_ACK_DEADLINE_MS);
    const deliveries = await this.writeDeliveries(manager, job, thread, enterprise, noticeId, deadline, now);
    return { deliveries, timers: await this.moveTimers(manager, job, thread, deadline, now) };
  }

  private async decide(manager: EntityManager, job: TellThreadJobV1, thread: ThreadRow, enterprise: RoutedEnterprise, now: Date): Promise<NoticeDecision> {
    const silences = await this.context.activeSilences(manager, thread.enterprise_id, enterprise.regionPath, now);
    const open = await manager.query<{ id: string; category: ThreadRow['category']; level: ThreadRow['level'] }[]>(
      `SELECT id, category, level FROM threads WHERE enterprise_id = $1 AND status = 'open'`,
      [thread.enterprise_id],
    );
    const self = { threadId: thread.id, category: thread.category, level: thread.level };
    return decideNotice({
      reason: job.reason,
      thread: { status: thread.status, revision: thread.revision, notifiedRevision: thread.notified_revision, acknowledged: thread.acknowledged_at !== null },
      silence: mutingSilence(silences, { enterpriseId: thread.enterprise_id, regionPath: enterprise.regionPath, category: thread.category, level: thread.level }, now),
      inhibitor: inhibitingThread(
        self,
        open.map((row) => ({ threadId: row.id, category: row.category, level: row.level })),
      ),
    });
  }

  /** The notice's id, or null when this notice was written before (the job ran again). */
  private async insertNotice(manager: EntityManager, job: TellThreadJobV1, thread: ThreadRow, outcome: string, detail: string | null): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO notices (id, thread_id, alert_id, alert_revision, reason, round, level, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT ON CONSTRAINT notices_once DO NOTHING RETURNING id`,
      [randomUUID(), thread.id, thread.alert_id, thread.revision, job.reason, job.round, thread.level, outcome, detail],
    );
    return rows[0]?.id ?? null;
  }

  private async writeDeliveries(
    manager: EntityManager,
    job: TellThreadJobV1,
    thread: ThreadRow,
    enterprise: RoutedEnterprise,
    noticeId: string,
    deadline: Date,
    now: Date,
  ): Promise<PendingDelivery[]> {
    const table = await this.context.routingTable(manager, enterprise.regionPath);
    const audience = noticeAudience(job.reason, thread.level, job.round, await this.directory.contacts(manager, thread.enterprise_id), table);
    const preferences = await this.context.preferences(manager, audience.map((r) => r.personId));
    const content = this.content(thread, enterprise, deadline);
    const notificationIds = audience.map(() => randomUUID());
    // One inbox entry per person, in one statement: the content is the same, the language theirs.
    await manager.query(
      `INSERT INTO notifications (id, alert_id, alert_revision, enterprise_id, person_id, level, title, body, notice_id, thread_id, language)
       SELECT id, $1, $2, $3, person_id, $4, $5, $6, $7, $8, language FROM unnest($9::uuid[], $10::uuid[], $11::text[]) AS n(id, person_id, language)`,
      [
        thread.alert_id,
        thread.revision,
        thread.enterprise_id,
        thread.level,
        content.title,
        content.body,
        noticeId,
        thread.id,
        notificationIds,
        audience.map((r) => r.personId),
        audience.map((r) => r.language),
      ],
    );
    const rows: DeliveryRow[] = audience.flatMap((recipient, i) => {
      // A channel this installation has no server for reaches nobody: it is not planned, so no delivery waits on it.
      const reach = { email: this.config.SMTP_URL ? recipient.email : null, phone: this.config.SMS_GATEWAY_URL ? recipient.phone : null };
      return planPersonDeliveries(thread.level, preferences.get(recipient.personId) ?? null, reach, now).map((planned) => ({
        notificationId: notificationIds[i],
        personId: recipient.personId,
        channel: planned.channel,
        target: (planned.channel === 'email' ? reach.email : planned.channel === 'sms' ? reach.phone : recipient.personId) as string,
        notBefore: planned.notBefore,
        payload: null,
        endpointId: null,
      }));
    });
    rows.push(...(await this.webhookRows(manager, thread, enterprise, content, now)));
    return insertDeliveries(manager, noticeId, thread, rows);
  }

  private async webhookRows(manager: EntityManager, thread: ThreadRow, enterprise: RoutedEnterprise, content: NotificationContent, now: Date): Promise<DeliveryRow[]> {
    const json = renderWebhookPayload(thread.alert, content);
    const rows: DeliveryRow[] = [];
    if (this.config.WEBHOOK_URL) rows.push({ notificationId: null, personId: null, channel: 'webhook', target: this.config.WEBHOOK_URL, notBefore: now, payload: json, endpointId: null });
    for (const endpoint of await this.context.webhookEndpoints(manager, enterprise.regionPath)) {
      const payload =
        endpoint.format === 'json'
          ? json
          : markdownRobotMessage(renderMessage(content.body, { language: 'zh-CN', acknowledgeUrl: this.ackLinks.url(thread.id, null, now) }).markdown);
      rows.push({ notificationId: null, personId: null, channel: 'webhook', target: endpoint.url, notBefore: now, payload, endpointId: endpoint.id });
    }
    return rows;
  }

  private content(thread: ThreadRow, enterprise: RoutedEnterprise, deadline: Date): NotificationContent {
    const content = renderAlertNotification(thread.alert, enterprise, this.config.CONSOLE_URL);
    return { ...content, body: { ...content.body, dueAt: deadline.toISOString() } };
  }

  /**
   * After a notice: a newly told level starts its acknowledgement clock and the repeat interval;
   * an escalation moves to its step and, if a tier is left, the next deadline.
   */
  private async moveTimers(manager: EntityManager, job: TellThreadJobV1, thread: ThreadRow & { escalate_at: Date | null }, deadline: Date, now: Date): Promise<DueNotice[]> {
    const levelChanged = thread.notified_level === null || levelRank(thread.level) !== levelRank(thread.notified_level);
    const newLevelTold = TELLS_NEW_REVISION.has(job.reason) && levelChanged;
    const step = job.reason === 'escalated' ? job.round : newLevelTold ? 0 : thread.escalation_step;
    const escalateAt =
      job.reason === 'escalated' ? (step < maxEscalationSteps(thread.level) ? deadline : null) : newLevelTold || thread.escalate_at === null ? deadline : thread.escalate_at;
    const repeatRound = job.reason === 'repeat' ? job.round + 1 : 1;
    const repeatAt = new Date(now.getTime() + this.config.NOTIFY_REPEAT_INTERVAL_MS);
    await manager.query(
      `UPDATE threads SET notified_revision = $2, notified_level = $3, notified_at = $4, suppressed_by = NULL, escalation_step = $5, escalate_at = $6, repeat_at = $7, repeat_round = $8
        WHERE id = $1`,
      [thread.id, thread.revision, thread.level, now, step, escalateAt, repeatAt, repeatRound],
    );
    const timers: DueNotice[] = [{ threadId: thread.id, reason: 'repeat', revision: thread.revision, round: repeatRound, at: repeatAt }];
    if (escalateAt) timers.push({ threadId: thread.id, reason: 'escalated', revision: thread.revision, round: step + 1, at: escalateAt });
    return timers;
  }
}

interface DeliveryRow {
  notificationId: string | null;
  personId: string | null;
  channel: PendingDelivery['channel'];
  target: string;
  notBefore: Date;
  payload: unknown;
  endpointId: string | null;
}

/** Past RED there is no tier left: BLUE may climb three tiers, YELLOW two, ORANGE and RED one. */
function maxEscalationSteps(level: ThreadRow['level']): number {
  return Math.max(1, levelRank('RED') - levelRank(level));
}

async function insertDeliveries(manager: EntityManager, noticeId: string, thread: ThreadRow, rows: readonly DeliveryRow[]): Promise<PendingDelivery[]> {
  if (rows.length === 0) return [];
  return manager.query<PendingDelivery[]>(
    `INSERT INTO deliveries (id, notice_id, notification_id, person_id, alert_id, alert_revision, channel, target, not_before, payload, endpoint_id)
     SELECT gen_random_uuid(), $1, n, p, $2, $3, c, t, nb, pl, e
       FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::timestamptz[], $9::jsonb[], $10::uuid[]) AS d(n, p, c, t, nb, pl, e)
     ON CONFLICT ON CONSTRAINT deliveries_once_per_notice DO NOTHING
     RETURNING id, channel, not_before AS "notBefore"`,
    [
      noticeId,
      thread.alert_id,
      thread.revision,
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

async function pendingDeliveriesOfNotice(manager: EntityManager, threadId: string, revision: number, job: TellThreadJobV1): Promise<PendingDelivery[]> {
  return manager.query<PendingDelivery[]>(
    `SELECT d.id, d.channel, d.not_before AS "notBefore" FROM deliveries d JOIN notices n ON n.id = d.notice_id
      WHERE n.thread_id = $1 AND n.alert_revision = $2 AND n.reason = $3 AND n.round = $4 AND d.status = 'pending'`,
    [threadId, revision, job.reason, job.round],
  );
}
