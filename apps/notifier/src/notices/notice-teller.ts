import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { TellThreadJobV1 } from '@concord/contracts';
import { type NoticeDecision, acknowledgementDeadline, decideNotice, inhibitingThread, mutingSilence, planPersonDeliveries } from '@concord/routing';
import { levelRank } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { AckLinks } from '../acknowledgements/ack-links';
import { renderMessage } from '../channels/message-templates';
import { markdownRobotMessage } from '../channels/webhook-formats';
import { type PendingDelivery, DeliveryJobs } from '../deliveries/delivery-jobs';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';
import { EnterpriseDirectoryReader, type ReachableContact, type RoutedEnterprise } from '../notifications/enterprise-directory.reader';
import { type InboxEntry, InboxEvents } from '../notifications/inbox-events';
import { type NotificationContent, renderAlertNotification } from '../notifications/notification-content.renderer';
import { THREAD_COLUMNS, type ThreadRow } from '../threads/thread-row';
import { type DueNotice, ThreadTimers } from '../threads/thread-timers';
import { noticeAudience } from './notice-audience';
import { type NoticeContext, NoticeContextReader } from './notice-context.reader';
import {
  type DeliveryRow,
  type NoticeRow,
  type NoticeEntries,
  type ToldThreadUpdate,
  insertDeliveries,
  insertNotices,
  insertNotifications,
  markThreadsSuppressed,
  markThreadsTold,
  pendingDeliveriesOfNotice,
} from './notice-writes';

/** What a batch of notices left to do after its commit. */
export interface Told {
  /** notices that went out (newly, or re-run with deliveries still pending) */
  told: number;
  deliveries: PendingDelivery[];
  /** entries put in people's inboxes, for their live streams */
  inbox: InboxEntry[];
  /** deadlines the notices left already due (an escalation that fell due while a silence held); the DeadlineClock fires the others */
  overdue: DueNotice[];
}

type LockedThread = ThreadRow & { escalate_at: Date | null };

interface Telling {
  job: TellThreadJobV1;
  /** the thread as this notice found it (an earlier notice of the batch may have told it) */
  thread: LockedThread;
  enterprise: RoutedEnterprise;
  noticeId: string;
  /** what every recipient reads, its acknowledgement due date included */
  content: NotificationContent;
}

const TELLS_NEW_REVISION = new Set(['opened', 'raised', 'new_trigger']);

/**
 * Runs due notices of threads (decideNotice: closed, acknowledged, already told, silenced,
 * inhibited) and, for those that go out, writes the notice, each recipient's inbox entry and
 * their deliveries per channel (person preferences, quiet hours, RED override) plus the
 * region's webhooks, and moves the threads' repeat and escalation deadlines — in the caller's
 * transaction, under the enterprises' locks the caller holds, with one statement per table for
 * the whole batch. Notices are decided in order, each seeing what the ones before it did to its
 * thread, so two revisions of one thread in a batch are told once. Delivery jobs, timers and the
 * inboxes' live updates wait for the commit (followUp).
 */
@Injectable()
export class NoticeTeller {
  private readonly log = new Logger(NoticeTeller.name);

  constructor(
    private readonly directory: EnterpriseDirectoryReader,
    private readonly context: NoticeContextReader,
    private readonly timers: ThreadTimers,
    private readonly deliveryJobs: DeliveryJobs,
    private readonly ackLinks: AckLinks,
    private readonly inbox: InboxEvents,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async tell(manager: EntityManager, jobs: readonly TellThreadJobV1[], now: Date): Promise<Told> {
    if (jobs.length === 0) return { told: 0, deliveries: [], inbox: [], overdue: [] };
    const threads = await lockedThreads(manager, jobs);
    const enterpriseIds = [...new Set([...threads.values()].map((thread) => thread.enterprise_id))];
    const enterprises = await this.directory.enterprises(manager, enterpriseIds);
    const context = await this.context.read(manager, [...enterprises.values()], now);
    const openThreads = await openThreadsOf(manager, enterpriseIds);

    const notices: NoticeRow[] = [];
    const tellings: Telling[] = [];
    const suppressed = new Map<string, string>();
    const updates = new Map<string, ToldThreadUpdate>();
    const timers: DueNotice[] = [];
    for (const job of jobs) {
      const thread = threads.get(job.threadId);
      if (!thread) continue;
      const enterprise = enterprises.get(thread.enterprise_id) as RoutedEnterprise;
      const decision = decide(job, thread, enterprise, context, openThreads.get(thread.enterprise_id) ?? [], now);
      if (decision.action === 'skip') continue;
      const notice = { id: randomUUID(), threadId: thread.id, alertId: thread.alert_id, alertRevision: thread.revision, reason: job.reason, round: job.round, level: thread.level };
      if (decision.action === 'suppress') {
        const by = decision.reason === 'silenced' ? `silenced:${decision.silence.id}` : `inhibited:${decision.by.threadId}`;
        notices.push({ ...notice, outcome: decision.reason, detail: by, content: null });
        suppressed.set(thread.id, by);
        thread.suppressed_by = by;
        continue;
      }
      const deadline = acknowledgementDeadline(thread.level, now, enterprise.jurisdiction, this.config.NOTIFY_ACK_DEADLINE_MS);
      const content = this.content(thread, enterprise, deadline);
      notices.push({ ...notice, outcome: 'delivered', detail: null, content });
      tellings.push({ job, thread: { ...thread }, enterprise, noticeId: notice.id, content });
      const update = this.timerMove(job, thread, deadline, now);
      updates.set(thread.id, update);
      timers.push(...timersOf(thread, update));
      Object.assign(thread, { notified_revision: thread.revision, notified_level: thread.level, suppressed_by: null, escalation_step: update.escalationStep, escalate_at: update.escalateAt });
      suppressed.delete(thread.id);
    }

    const written = await insertNotices(manager, notices);
    await markThreadsSuppressed(manager, suppressed);
    const fresh = tellings.filter((telling) => written.has(telling.noticeId));
    const deliveries: PendingDelivery[] = [];
    // A notice written before (its job ran again) only re-enqueues what it still has pending.
    for (const rerun of tellings.filter((telling) => !written.has(telling.noticeId))) {
      deliveries.push(...(await pendingDeliveriesOfNotice(manager, rerun.thread.id, rerun.thread.revision, rerun.job)));
    }
    const freshThreads = new Set(fresh.map((telling) => telling.thread.id));
    await markThreadsTold(manager, [...updates.values()].filter((update) => freshThreads.has(update.threadId)), now);
    const { notifications, rows, inbox } = await this.recipients(manager, fresh, context, now);
    await insertNotifications(manager, notifications);
    deliveries.push(...(await insertDeliveries(manager, rows)));
    return { told: tellings.length, deliveries, inbox, overdue: timers.filter((timer) => freshThreads.has(timer.threadId) && timer.at <= now) };
  }

  /** After the commit: delivery jobs, overdue deadlines (and any `more`), the inboxes' live updates. */
  async followUp(told: Told, more: readonly DueNotice[] = []): Promise<void> {
    await this.deliveryJobs.enqueue(told.deliveries);
    await this.timers.schedule([...more, ...told.overdue]);
    await this.inbox
      .publish(told.inbox)
      // The entries are in the inboxes already; a missed live update only means a client shows them on its next read.
      .catch((error: unknown) => this.log.warn({ err: error, entries: told.inbox.length }, 'inbox live update failed'));
  }

  /** Each fresh notice's inbox entries and deliveries: its audience's channels plus its region's webhooks. */
  private async recipients(manager: EntityManager, fresh: readonly Telling[], context: NoticeContext, now: Date) {
    const contacts = await this.directory.contacts(manager, [...new Set(fresh.map((telling) => telling.thread.enterprise_id))]);
    const audiences = fresh.map((telling) => audienceOf(telling, contacts.get(telling.thread.enterprise_id) ?? [], context));
    const preferences = await this.context.preferences(manager, [...new Set(audiences.flat().map((recipient) => recipient.personId))]);
    const notifications: NoticeEntries[] = [];
    const rows: DeliveryRow[] = [];
    const inbox: InboxEntry[] = [];
    // Rows are built field by field, not spread from a shared part: a notice has some ten of them,
    // and object spread in this loop was the notifier's costliest line of its own.
    fresh.forEach((telling, t) => {
      const { thread, noticeId, content } = telling;
      const [alertId, alertRevision] = [thread.alert_id, thread.revision];
      const entries: NoticeEntries['entries'] = [];
      notifications.push({ noticeId, threadId: thread.id, alertId, alertRevision, enterpriseId: thread.enterprise_id, level: thread.level, entries });
      for (const recipient of audiences[t]) {
        const { personId } = recipient;
        const notificationId = randomUUID();
        entries.push({ id: notificationId, personId, language: recipient.language });
        inbox.push({ notificationId, personId, threadId: thread.id, caseId: null, level: thread.level, title: content.title });
        // A channel this installation has no server for reaches nobody: it is not planned, so no delivery waits on it.
        const reach = { email: this.config.SMTP_URL ? recipient.email : null, phone: this.config.SMS_GATEWAY_URL ? recipient.phone : null };
        for (const { channel, notBefore } of planPersonDeliveries(thread.level, preferences.get(personId) ?? null, reach, now)) {
          // The inbox entry just made is the in-app delivery.
          if (channel === 'in_app') continue;
          const target = (channel === 'email' ? reach.email : reach.phone) as string;
          rows.push({ noticeId, alertId, alertRevision, notificationId, personId, channel, target, notBefore, payload: null, alertBody: false, endpointId: null });
        }
      }
      rows.push(...this.webhookRows(telling, context, now));
    });
    return { notifications, rows, inbox };
  }

  private webhookRows({ thread, enterprise, content, noticeId }: Telling, context: NoticeContext, now: Date): DeliveryRow[] {
    const webhook = { noticeId, alertId: thread.alert_id, alertRevision: thread.revision, notificationId: null, personId: null, channel: 'webhook' as const, notBefore: now };
    // The JSON body is the alert with the notice's title and link: Postgres builds it from the rows it already has (insertDeliveries).
    const json = { payload: null, alertBody: true };
    const rows: DeliveryRow[] = this.config.WEBHOOK_URL ? [{ ...webhook, ...json, target: this.config.WEBHOOK_URL, endpointId: null }] : [];
    for (const endpoint of context.webhookEndpoints(enterprise.regionPath)) {
      const body =
        endpoint.format === 'json'
          ? json
          : {
              payload: markdownRobotMessage(renderMessage(content.body, { language: 'zh-CN', acknowledgeUrl: this.ackLinks.url(thread.id, null, now) }).markdown),
              alertBody: false,
            };
      rows.push({ ...webhook, ...body, target: endpoint.url, endpointId: endpoint.id });
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
  private timerMove(job: TellThreadJobV1, thread: LockedThread, deadline: Date, now: Date): ToldThreadUpdate {
    const levelChanged = thread.notified_level === null || levelRank(thread.level) !== levelRank(thread.notified_level);
    const newLevelTold = TELLS_NEW_REVISION.has(job.reason) && levelChanged;
    const step = job.reason === 'escalated' ? job.round : newLevelTold ? 0 : thread.escalation_step;
    const escalateAt =
      job.reason === 'escalated' ? (step < maxEscalationSteps(thread.level) ? deadline : null) : newLevelTold || thread.escalate_at === null ? deadline : thread.escalate_at;
    return {
      threadId: thread.id,
      notifiedRevision: thread.revision,
      notifiedLevel: thread.level,
      escalationStep: step,
      escalateAt,
      repeatAt: new Date(now.getTime() + this.config.NOTIFY_REPEAT_INTERVAL_MS),
      repeatRound: job.reason === 'repeat' ? job.round + 1 : 1,
    };
  }
}

function decide(job: TellThreadJobV1, thread: LockedThread, enterprise: RoutedEnterprise, context: NoticeContext, open: readonly OpenThreadRow[], now: Date): NoticeDecision {
  return decideNotice({
    reason: job.reason,
    thread: { status: thread.status, revision: thread.revision, notifiedRevision: thread.notified_revision, acknowledged: thread.acknowledged_at !== null },
    silence: mutingSilence(context.silences, { enterpriseId: thread.enterprise_id, regionPath: enterprise.regionPath, category: thread.category, level: thread.level }, now),
    inhibitor: inhibitingThread(
      { threadId: thread.id, category: thread.category, level: thread.level },
      open.map((row) => ({ threadId: row.id, category: row.category, level: row.level })),
    ),
  });
}

function audienceOf({ job, thread, enterprise }: Telling, contacts: readonly ReachableContact[], context: NoticeContext) {
  return noticeAudience(job.reason, thread.level, job.round, contacts, context.routingTable(enterprise.regionPath));
}

function timersOf(thread: LockedThread, update: ToldThreadUpdate): DueNotice[] {
  const timers: DueNotice[] = [{ threadId: thread.id, reason: 'repeat', revision: thread.revision, round: update.repeatRound, at: update.repeatAt }];
  if (update.escalateAt) timers.push({ threadId: thread.id, reason: 'escalated', revision: thread.revision, round: update.escalationStep + 1, at: update.escalateAt });
  return timers;
}

/** Past RED there is no tier left: BLUE may climb three tiers, YELLOW two, ORANGE and RED one. */
function maxEscalationSteps(level: ThreadRow['level']): number {
  return Math.max(1, levelRank('RED') - levelRank(level));
}

interface OpenThreadRow {
  id: string;
  enterprise_id: string;
  category: ThreadRow['category'];
  level: ThreadRow['level'];
}

async function lockedThreads(manager: EntityManager, jobs: readonly TellThreadJobV1[]): Promise<Map<string, LockedThread>> {
  const rows = await manager.query<LockedThread[]>(`SELECT ${THREAD_COLUMNS}, escalate_at FROM threads WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
    [...new Set(jobs.map((job) => job.threadId))],
  ]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The open threads of each enterprise: an inhibitor is one of them. */
async function openThreadsOf(manager: EntityManager, enterpriseIds: readonly string[]): Promise<Map<string, OpenThreadRow[]>> {
  const rows = await manager.query<OpenThreadRow[]>(`SELECT id, enterprise_id, category, level FROM threads WHERE enterprise_id = ANY($1::uuid[]) AND status = 'open'`, [enterpriseIds]);
  const byEnterprise = new Map<string, OpenThreadRow[]>();
  for (const row of rows) byEnterprise.set(row.enterprise_id, [...(byEnterprise.get(row.enterprise_id) ?? []), row]);
  return byEnterprise;
}
