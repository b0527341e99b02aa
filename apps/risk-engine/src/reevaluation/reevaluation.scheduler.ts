import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import { nextSlot, slotAtOrAfter, slotJobId } from './reevaluation-slots';

export const REEVALUATION_MINUTES = Symbol('REEVALUATION_MINUTES');
export const REEVALUATION_CHECK_MS = Symbol('REEVALUATION_CHECK_MS');

/**
 * Keeps exactly one re-evaluation job pending: a delayed BullMQ job per slot, whose id is the
 * slot, so every instance enqueueing the same slot adds it once. Each run enqueues the next. The
 * chain lives in Redis only, so a Redis that restarts empty would end it for good: at boot and
 * then every REEVALUATION_CHECK_MS the coming slot is enqueued again, which the slot id makes a
 * no-op while the job is there (pending, running, or kept after it completed).
 */
@Injectable()
export class ReevaluationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ReevaluationScheduler.name);
  private check?: NodeJS.Timeout;

  constructor(
    private readonly queue: JobQueue,
    @Inject(REEVALUATION_MINUTES) private readonly intervalMinutes: number,
    @Inject(REEVALUATION_CHECK_MS) private readonly checkMs: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.bookComingSlot();
    this.check = setInterval(() => {
      this.bookComingSlot().catch((error: unknown) => this.log.warn({ err: error }, 'could not book the coming re-evaluation; retrying at the next check'));
    }, this.checkMs);
  }

  /** Stops checking while Redis is still connected (closing it under a running check would hang the shutdown). */
  beforeApplicationShutdown(): void {
    clearInterval(this.check);
  }

  /** Enqueues the slot after `slot`; called by the run of `slot`. */
  async scheduleAfter(slot: Date): Promise<void> {
    await this.schedule(nextSlot(slot, this.intervalMinutes));
  }

  private bookComingSlot(): Promise<void> {
    return this.schedule(slotAtOrAfter(new Date(), this.intervalMinutes));
  }

  private async schedule(slot: Date): Promise<void> {
    await this.queue.enqueue(
      JOBS.reevaluateRisk,
      { slot: slot.toISOString() },
      // A failed run retries a few times, then stays failed for inspection; the next slot still comes.
      { jobId: slotJobId(slot), delayMs: Math.max(0, slot.getTime() - Date.now()), attempts: 3, backoffMs: 30_000 },
    );
  }
}
