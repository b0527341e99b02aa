import { Inject, Injectable, Logger } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { claimEvent } from '@concord/database';
import { DataSource, type EntityManager } from 'typeorm';
import { DeliveryJobs, type PendingDelivery } from '../../deliveries/delivery-jobs';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../../notifier.config';
import { alertRecipients } from '../alert-recipients.mapper';
import { EnterpriseDirectoryReader } from '../enterprise-directory.reader';
import { type NotificationContent, renderAlertNotification, renderWebhookPayload } from '../notification-content.renderer';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;
export type NotifyOutcome = 'notified' | 'duplicate' | 'ignored';

const CONSUMER = 'notifier.risk-alerts';

/**
 * Turns one alert revision into notifications and deliveries, exactly once per event id: the
 * inbox claim, the notifications and the deliveries commit together. Jobs are enqueued after the
 * commit; if the process dies in between, the DeliverySweeper enqueues them later.
 */
@Injectable()
export class NotifyAlertUseCase {
  private readonly log = new Logger(NotifyAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: EnterpriseDirectoryReader,
    private readonly jobs: DeliveryJobs,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async execute(event: RiskAlertEvent): Promise<NotifyOutcome> {
    const alert = event.data;
    // Resolution notices ("the risk has cleared") are a later issue; until then a resolved alert tells nobody.
    if (alert.status === 'resolved') return 'ignored';
    const deliveries = await this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, CONSUMER, event.id))) return null;
      return this.record(manager, event);
    });
    if (!deliveries) {
      this.log.debug({ eventId: event.id }, 'alert revision already notified');
      return 'duplicate';
    }
    try {
      await this.jobs.enqueue(deliveries);
    } catch (error) {
      // Committed already: throwing would only make Kafka redeliver an event the inbox now skips.
      this.log.warn({ err: error, alertId: alert.alertId, revision: alert.revision }, 'enqueue failed; the sweeper will enqueue the deliveries');
    }
    this.log.log({ alertId: alert.alertId, revision: alert.revision, level: alert.level, deliveries: deliveries.length }, 'alert notified');
    return 'notified';
  }

  private async record(manager: EntityManager, event: RiskAlertEvent): Promise<PendingDelivery[]> {
    const alert = event.data;
    const enterprise = await this.directory.enterprise(manager, alert.enterpriseId);
    if (!enterprise) this.log.warn({ enterpriseId: alert.enterpriseId }, 'enterprise not in the directory; notifying by id');
    const contacts = await this.directory.contacts(manager, alert.enterpriseId);
    const recipients = alertRecipients(alert.level, contacts);
    const content = renderAlertNotification(alert, enterprise ?? { id: alert.enterpriseId, name: alert.enterpriseId }, this.config.CONSOLE_URL);
    await this.insertNotifications(manager, event, content, recipients.map((r) => r.personId));
    if (this.config.WEBHOOK_URL) {
      await manager.query(
        `INSERT INTO deliveries (id, notification_id, alert_id, alert_revision, channel, target, payload)
         VALUES (gen_random_uuid(), NULL, $1, $2, 'webhook', $3, $4)
         ON CONFLICT DO NOTHING`,
        [alert.alertId, alert.revision, this.config.WEBHOOK_URL, renderWebhookPayload(alert, content)],
      );
    }
    return manager.query<PendingDelivery[]>(
      `SELECT id, channel FROM deliveries WHERE alert_id = $1 AND alert_revision = $2 AND status = 'pending'`,
      [alert.alertId, alert.revision],
    );
  }

  /** One notification and one in-app delivery per recipient; the unique keys make a replay add nothing. */
  private async insertNotifications(manager: EntityManager, event: RiskAlertEvent, content: NotificationContent, personIds: string[]): Promise<void> {
    const alert = event.data;
    await manager.query(
      `INSERT INTO notifications (id, alert_id, alert_revision, enterprise_id, person_id, level, title, body)
       SELECT gen_random_uuid(), $1::uuid, $2::int, $3::uuid, person_id, $4::text, $5::text, $6::jsonb FROM unnest($7::uuid[]) AS person_id
       ON CONFLICT DO NOTHING`,
      [alert.alertId, alert.revision, alert.enterpriseId, alert.level, content.title, content.body, personIds],
    );
    await manager.query(
      `INSERT INTO deliveries (id, notification_id, alert_id, alert_revision, channel, target)
       SELECT gen_random_uuid(), n.id, n.alert_id, n.alert_revision, 'in_app', n.person_id::text
         FROM notifications n WHERE n.alert_id = $1 AND n.alert_revision = $2
       ON CONFLICT DO NOTHING`,
      [alert.alertId, alert.revision],
    );
  }
}
