import { Injectable } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import type { DeliveryChannel } from './delivery.entity';

export interface PendingDelivery {
  id: string;
  channel: DeliveryChannel;
}

/** A webhook endpoint may be down for a while: 6 attempts, 1 s doubling (about 30 s of retries). */
const WEBHOOK_RETRY = { attempts: 6, backoffMs: 1_000 };
/** In-app delivery only writes to our own database; retries ride out a brief outage. */
const IN_APP_RETRY = { attempts: 3, backoffMs: 1_000 };

/**
 * Enqueues the job of each delivery. The job id is the delivery id, so enqueueing the same
 * delivery again (the sweeper, a redelivered alert) adds nothing while the job exists.
 */
@Injectable()
export class DeliveryJobs {
  constructor(private readonly queue: JobQueue) {}

  async enqueue(deliveries: readonly PendingDelivery[]): Promise<void> {
    for (const { id, channel } of deliveries) {
      if (channel === 'webhook') await this.queue.enqueue(JOBS.deliverWebhook, { deliveryId: id }, { jobId: id, ...WEBHOOK_RETRY });
      else await this.queue.enqueue(JOBS.deliverInApp, { deliveryId: id }, { jobId: id, ...IN_APP_RETRY });
    }
  }
}
