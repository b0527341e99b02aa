import { Injectable, Logger } from '@nestjs/common';
import type { JobOutcome } from '@concord/queue';
import { DataSource } from 'typeorm';
import { DeliveryLog } from '../delivery-log';
import { Delivery } from '../delivery.entity';
import { WebhookSender } from '../webhook-sender';

export class WebhookDeliveryFailed extends Error {
  constructor(deliveryId: string, reason: string) {
    super(`webhook delivery ${deliveryId} failed: ${reason}`);
    this.name = 'WebhookDeliveryFailed';
  }
}

/**
 * POSTs the alert to the webhook. A failure is logged as an attempt and thrown so BullMQ retries
 * with backoff; on the last attempt the delivery is marked dead first. A delivery no longer
 * pending is skipped, so a duplicate job sends nothing.
 */
@Injectable()
export class DeliverWebhookUseCase {
  private readonly log = new Logger(DeliverWebhookUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: WebhookSender,
    private readonly deliveryLog: DeliveryLog,
  ) {}

  async execute(deliveryId: string, finalAttempt: boolean): Promise<JobOutcome> {
    const delivery = await this.dataSource.getRepository(Delivery).findOneBy({ id: deliveryId });
    if (!delivery || delivery.channel !== 'webhook' || delivery.status !== 'pending') {
      this.log.debug({ deliveryId, status: delivery?.status ?? 'missing' }, 'webhook delivery not pending; skipped');
      return 'skipped';
    }
    const result = await this.sender.send(delivery.target, delivery.id, delivery.payload);
    if (result.ok) {
      await this.deliveryLog.delivered(deliveryId, result.httpStatus);
      return 'done';
    }
    await this.deliveryLog.failed(deliveryId, { httpStatus: result.httpStatus, error: result.error, final: finalAttempt });
    this.log.warn({ deliveryId, httpStatus: result.httpStatus, error: result.error, finalAttempt }, finalAttempt ? 'webhook delivery dead' : 'webhook delivery failed; will retry');
    throw new WebhookDeliveryFailed(deliveryId, result.error);
  }
}
