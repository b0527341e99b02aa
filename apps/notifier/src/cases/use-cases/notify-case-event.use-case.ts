import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { acceptanceDue } from '@concord/case-workflow';
import { claimEvents } from '@concord/database';
import { DataSource, type EntityManager } from 'typeorm';
import { renderCaseMessage } from '../../channels/case-message-templates';
import { type PendingDelivery, DeliveryJobs } from '../../deliveries/delivery-jobs';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../../notifier.config';
import { EnterpriseDirectoryReader, type ReachableContact, type RoutedEnterprise } from '../../notifications/enterprise-directory.reader';
import { type InboxEntry, InboxEvents } from '../../notifications/inbox-events';
import { type CaseEvent, type CaseRecipient, caseAudience, caseNoticeKind } from '../case-audience';
import { caseNoticeBody } from '../case-notice-body';
import { type CaseDeliveryRow, type CaseNoticeRow, insertCaseDeliveries, insertCaseNotices, moveSeat } from '../case-notice-writes';
import { MediatorDirectoryReader, type ReachableMediator } from '../mediator-directory.reader';

export interface CaseNotifyOutcome {
  /** events that were new to the notifier */
  recorded: number;
  /** inbox entries written */
  told: number;
  duplicates: number;
}

interface Told {
  entries: number;
  deliveries: PendingDelivery[];
  inbox: InboxEntry[];
}

const CONSUMER = 'notifier.case-events';

/**
 * Tells the people of a mediation case what happened to it (caseAudience): each recipient gets
 * an inbox entry in their language and, when they have an address and SMTP is configured, an
 * email through the delivery queue. Exactly once per event id: the inbox claims commit with the
 * entries, and each entry is unique per event and person. Events are told one by one in arrival
 * order (case events are few), so a reassignment sees the seat the assignment before it left.
 * Email jobs and live updates follow the commit; if they are lost, the sweeper re-enqueues the
 * pending deliveries.
 */
@Injectable()
export class NotifyCaseEventUseCase {
  private readonly log = new Logger(NotifyCaseEventUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: EnterpriseDirectoryReader,
    private readonly roster: MediatorDirectoryReader,
    private readonly deliveryJobs: DeliveryJobs,
    private readonly inbox: InboxEvents,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(events: readonly CaseEvent[]): Promise<CaseNotifyOutcome> {
    const now = new Date();
    const { fresh, told } = await this.dataSource.transaction(async (manager) => {
      const claimed = new Set(await claimEvents(manager, CONSUMER, events.map((event) => event.id)));
      // Deleting as it goes also drops a second copy of one id within the batch.
      const fresh = events.filter((event) => claimed.delete(event.id));
      const told: Told = { entries: 0, deliveries: [], inbox: [] };
      for (const event of fresh) {
        const one = await this.tell(manager, event, now);
        told.entries += one.entries;
        told.deliveries.push(...one.deliveries);
        told.inbox.push(...one.inbox);
      }
      return { fresh, told };
    });
    try {
      await this.deliveryJobs.enqueue(told.deliveries);
    } catch (error) {
      // Committed already: throwing would only make Kafka redeliver events the inbox now skips.
      this.log.warn({ err: error, deliveries: told.deliveries.length }, 'enqueueing case deliveries failed; the sweeper will');
    }
    await this.inbox
      .publish(told.inbox)
      .catch((error: unknown) => this.log.warn({ err: error, entries: told.inbox.length }, 'inbox live update failed'));
    return { recorded: fresh.length, told: told.entries, duplicates: events.length - fresh.length };
  }

  private async tell(manager: EntityManager, event: CaseEvent, now: Date): Promise<Told> {
    const { caseId, enterpriseId } = event.data;
    const kind = caseNoticeKind(event);
    if (kind === null) return { entries: 0, deliveries: [], inbox: [] };
    const seatedNow = 'mediatorIds' in event.data ? event.data.mediatorIds : [];
    const seatedBefore = await moveSeat(manager, caseId, seatedNow, now);
    // A stand-in named by its id when the directory does not know the enterprise: its mediators are still told.
    const enterprise = (await this.directory.enterprises(manager, [enterpriseId])).get(enterpriseId) as RoutedEnterprise;
    const contacts = (await this.directory.contacts(manager, [enterpriseId])).get(enterpriseId) ?? [];
    const audience = caseAudience({ kind, seatedNow, seatedBefore, contacts });
    const mediators = await this.roster.mediators(manager, [...seatedNow, ...(seatedBefore ?? [])]);
    const acceptBy = event.type === 'concord.case.mediator_assigned.v1' ? acceptanceDue(new Date(event.data.assignedAt), enterprise.jurisdiction).at : null;
    const body = caseNoticeBody({
      event,
      kind,
      enterprise: { id: enterprise.id, name: enterprise.name },
      mediatorNames: new Map([...mediators].map(([id, mediator]) => [id, mediator.name])),
      acceptBy,
      consoleUrl: this.config.CONSOLE_URL,
    });
    const rows: CaseNoticeRow[] = [];
    const emails = new Map<string, string>();
    for (const recipient of audience) {
      const reach = reachOf(recipient, contacts, mediators);
      const personal = { ...body, addressedToMediator: kind === 'assigned' && recipient.roles.includes('mediator') };
      const id = randomUUID();
      rows.push({ id, eventId: event.id, caseId, enterpriseId, kind, personId: recipient.personId, roles: recipient.roles, title: renderCaseMessage(personal, reach.language).subject, body: personal, language: reach.language });
      // A channel this installation has no server for reaches nobody: it is not planned.
      if (reach.email && this.config.SMTP_URL) emails.set(id, reach.email);
    }
    const written = await insertCaseNotices(manager, rows);
    const fresh = rows.filter((row) => written.has(row.id));
    // Each entry is its person's in-app delivery; email is the one a job sends.
    const deliveries: CaseDeliveryRow[] = fresh.flatMap((row) => {
      const email = emails.get(row.id);
      return email ? [{ caseNoticeId: row.id, personId: row.personId, channel: 'email', target: email }] : [];
    });
    return {
      entries: fresh.length,
      deliveries: await insertCaseDeliveries(manager, deliveries),
      inbox: fresh.map((row) => ({ notificationId: row.id, personId: row.personId, threadId: null, caseId, level: null, title: row.title })),
    };
  }
}

/**
 * How to reach a recipient: a mediator through the roster, a contact through the enterprise's
 * contacts; the first address found, and the language of the role they hear it in (zh-CN when
 * the directory knows neither).
 */
function reachOf(recipient: CaseRecipient, contacts: readonly ReachableContact[], mediators: ReadonlyMap<string, ReachableMediator>): { email: string | null; language: 'zh-CN' | 'en' } {
  const mediator = recipient.roles.includes('mediator') ? mediators.get(recipient.personId) : undefined;
  const sources = [...(mediator ? [mediator] : []), ...contacts.filter((contact) => contact.personId === recipient.personId)];
  return { email: sources.find((source) => source.email)?.email ?? null, language: sources[0]?.language ?? 'zh-CN' };
}
