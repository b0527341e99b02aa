import { Inject, Injectable } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import type { DeliveryChannel } from '@concord/routing';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';

/** The channels a job sends on; the in-app inbox entry is written with its notice, so it needs none. */
export type SentChannel = Exclude<DeliveryChannel, 'in_app'>;

export interface PendingDelivery {
  id: string;
  channel: SentChannel;
  /** Not sent before this instant (the end of the person's quiet hours). */
  notBefore: Date;
}

/** Per channel: its job, and how many attempts before it is dead (retried with exponential backoff from NOTIFY_RETRY_BASE_MS). */
const CHANNEL_JOBS: Readonly<Record<SentChannel, { job: typeof JOBS.deliverWebhook | typeof JOBS.deliverEmail | typeof JOBS.deliverSms; attempts: number }>> = Object.freeze({
  // An endpoint or mail server may be down for a while: 6 attempts, 1 s doubling (about 30 s of retries).
  webhook: { job: JOBS.deliverWebhook, attempts: 6 },
  email: { job: JOBS.deliverEmail, attempts: 6 },
  // A text that arrives an hour late is worth little: fail over to email sooner.
  sms: { job: JOBS.deliverSms, attempts: 4 },
});

/**
 * Enqueues the job of each delivery, delayed to its `notBefore`. The job id is the delivery id
 * (plus the replay number for a replay), so enqueueing the same delivery again (the sweeper, a
 * re-run notice) adds nothing while the job exists.
 */
@Injectable()
export class DeliveryJobs {
  constructor(
    private readonly queue: JobQueue,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  async enqueue(deliveries: readonly PendingDelivery[], replay = 0): Promise<void> {
    await this.queue.enqueueMany(
      deliveries.map(({ id, channel, notBefore }) => {
        const { job, attempts } = CHANNEL_JOBS[channel];
        const delayMs = Math.max(0, new Date(notBefore).getTime() - Date.now());
        return { job, payload: { deliveryId: id }, options: { jobId: replay === 0 ? id : `${id}-replay-${replay}`, delayMs, attempts, backoffMs: this.config.NOTIFY_RETRY_BASE_MS } };
      }),
    );
  }
}
