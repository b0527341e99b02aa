import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeliveryJobs, type PendingDelivery } from './delivery-jobs';

const SWEEP_EVERY_MS = 30_000;
const BATCH = 1_000;

/**
 * Re-enqueues deliveries still pending a minute after they were written. This covers a crash
 * between the alert's commit and the enqueue after it; for a delivery whose job still exists
 * (e.g. a webhook in backoff) the deterministic job id makes the re-enqueue a no-op.
 */
@Injectable()
export class DeliverySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(DeliverySweeper.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: DeliveryJobs,
  ) {}

  onApplicationBootstrap(): void {
    this.tick();
    this.timer = setInterval(() => this.tick(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Returns how many deliveries it re-enqueued. */
  async sweep(): Promise<number> {
    const stale = await this.dataSource.query<PendingDelivery[]>(
      `SELECT id, channel FROM deliveries
        WHERE status = 'pending' AND created_at < now() - interval '60 seconds'
        ORDER BY created_at LIMIT $1`,
      [BATCH],
    );
    await this.jobs.enqueue(stale);
    if (stale.length) this.log.log({ count: stale.length }, 're-enqueued pending deliveries');
    return stale.length;
  }

  /** One sweep at a time: a slow one is not overlapped by the next tick. */
  private tick(): void {
    if (this.running) return;
    this.running = this.sweep()
      .then(() => undefined)
      .catch((error: unknown) => this.log.warn({ err: error }, 'delivery sweep failed; will retry'))
      .finally(() => {
        this.running = undefined;
      });
  }
}
