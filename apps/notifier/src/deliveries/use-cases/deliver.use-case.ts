import { Injectable, Logger } from '@nestjs/common';
import { runPrepared } from '@concord/database';
import type { JobOutcome } from '@concord/queue';
import { type DeliveryChannel, fallbackChannel } from '@concord/routing';
import { DataSource } from 'typeorm';
import { AckLinks } from '../../acknowledgements/ack-links';
import { renderCaseMessage } from '../../channels/case-message-templates';
import type { ChannelResult } from '../../channels/channel-result';
import { EmailSender } from '../../channels/email.sender';
import { renderMessage } from '../../channels/message-templates';
import { SmsSender } from '../../channels/sms.sender';
import { EnterpriseDirectoryReader } from '../../notifications/enterprise-directory.reader';
import { type PendingDelivery, DeliveryJobs } from '../delivery-jobs';
import { DeliveryLog } from '../delivery-log';
import { DELIVERIES_TO_SEND, type DeliveryToSend } from '../delivery-row';
import { groupCommit } from '../group-commit';
import { WebhookSender } from '../webhook-sender';

export class DeliveryFailed extends Error {
  constructor(deliveryId: string, reason: string) {
    super(`delivery ${deliveryId} failed: ${reason}`);
    this.name = 'DeliveryFailed';
  }
}

/**
 * Sends one delivery on its channel. A failure is logged as an attempt and thrown so BullMQ
 * retries with backoff; on the last attempt the delivery is dead (staff can replay it) and the
 * person's next channel takes over (fallbackChannel). A delivery no longer pending is skipped, so
 * a duplicate job sends nothing.
 */
@Injectable()
export class DeliverUseCase {
  private readonly log = new Logger(DeliverUseCase.name);
  /** Concurrent jobs read their deliveries in one statement (see groupCommit). */
  private readonly toSend = groupCommit<string, DeliveryToSend | undefined>(async (ids) => {
    const rows = await runPrepared<DeliveryToSend>(this.dataSource.manager, DELIVERIES_TO_SEND, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id));
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveryLog: DeliveryLog,
    private readonly deliveryJobs: DeliveryJobs,
    private readonly webhook: WebhookSender,
    private readonly email: EmailSender,
    private readonly sms: SmsSender,
    private readonly ackLinks: AckLinks,
    private readonly directory: EnterpriseDirectoryReader,
  ) {}

  async execute(deliveryId: string, finalAttempt: boolean): Promise<JobOutcome> {
    const delivery = await this.toSend.load(deliveryId);
    if (!delivery || delivery.status !== 'pending') {
      this.log.debug({ deliveryId, status: delivery?.status ?? 'missing' }, 'delivery not pending; skipped');
      return 'skipped';
    }
    const result = await this.send(delivery);
    if (result.ok) {
      await this.deliveryLog.delivered(deliveryId, result.httpStatus ?? null);
      return 'done';
    }
    await this.deliveryLog.failed(deliveryId, { httpStatus: result.httpStatus ?? null, error: result.error, final: finalAttempt });
    this.log.warn({ deliveryId, channel: delivery.channel, error: result.error, finalAttempt }, finalAttempt ? 'delivery dead' : 'delivery failed; will retry');
    if (finalAttempt) await this.fallBack(delivery);
    throw new DeliveryFailed(deliveryId, result.error);
  }

  private async send(delivery: DeliveryToSend): Promise<ChannelResult & { httpStatus?: number | null }> {
    if (delivery.channel === 'webhook') {
      if (delivery.payload === null) return { ok: false, error: 'the webhook delivery has no body' };
      const result = await this.webhook.send(delivery.target, delivery.id, delivery.payload, delivery.endpoint_secret ?? undefined);
      return result.ok ? { ok: true, detail: `HTTP ${result.httpStatus}`, httpStatus: result.httpStatus } : result;
    }
    if (delivery.case_body && delivery.language && delivery.channel === 'email') {
      const message = renderCaseMessage(delivery.case_body, delivery.language);
      return this.email.send({ to: delivery.target, subject: message.subject, text: message.text, html: message.html, deliveryId: delivery.id, language: delivery.language });
    }
    if (!delivery.body || !delivery.language || !delivery.thread_id) return { ok: false, error: 'the delivery has no notification to send' };
    const message = renderMessage(delivery.body, {
      language: delivery.language,
      acknowledgeUrl: this.ackLinks.url(delivery.thread_id, delivery.person_id, new Date()),
      ...(delivery.reason === 'escalated' && delivery.notice_at ? { escalation: { missedDueAt: delivery.notice_at.toISOString() } } : {}),
    });
    if (delivery.channel === 'email') {
      return this.email.send({ to: delivery.target, subject: message.subject, text: message.text, html: message.html, deliveryId: delivery.id, language: delivery.language });
    }
    return this.sms.send({ to: delivery.target, text: message.sms, deliveryId: delivery.id });
  }

  /** The person's next channel for the same notice, written and enqueued once (its unique key). */
  private async fallBack(delivery: DeliveryToSend): Promise<void> {
    // A case notice goes to the inbox and by email only, and the inbox is never a fallback: a dead case email has none.
    if (!delivery.person_id || !delivery.notice_id) return;
    const used = await this.dataSource.query<{ channel: DeliveryChannel }[]>(`SELECT channel FROM deliveries WHERE notice_id = $1 AND person_id = $2`, [delivery.notice_id, delivery.person_id]);
    const contacts = ((await this.directory.contacts(this.dataSource.manager, [delivery.enterprise_id])).get(delivery.enterprise_id) ?? []).filter((c) => c.personId === delivery.person_id);
    const reach = { email: this.email.isConfigured() ? (contacts.find((c) => c.email)?.email ?? null) : null, phone: this.sms.isConfigured() ? (contacts.find((c) => c.phone)?.phone ?? null) : null };
    const next = fallbackChannel(delivery.channel, reach, used.map((row) => row.channel));
    // The inbox is never a fallback to be made: every notice already put its entry in each person's inbox.
    if (!next || next === 'in_app') return;
    const target = next === 'email' ? reach.email : next === 'sms' ? reach.phone : delivery.person_id;
    const inserted = await this.dataSource.query<PendingDelivery[]>(
      `INSERT INTO deliveries (id, notice_id, notification_id, person_id, alert_id, alert_revision, channel, target, fallback_of)
       SELECT gen_random_uuid(), notice_id, notification_id, person_id, alert_id, alert_revision, $2, $3, id FROM deliveries WHERE id = $1
       ON CONFLICT ON CONSTRAINT deliveries_once_per_notice DO NOTHING
       RETURNING id, channel, not_before AS "notBefore"`,
      [delivery.id, next, target],
    );
    await this.deliveryJobs.enqueue(inserted);
    this.log.log({ deliveryId: delivery.id, fallback: next }, 'falling back to another channel');
  }
}
