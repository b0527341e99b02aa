import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import { nextSlot, slotAtOrAfter, slotJobId } from './reevaluation-slots';

export const REEVALUATION_MINUTES = Symbol('REEVALUATION_MINUTES');

/**
 * Keeps exactly one re-evaluation job pending: a delayed BullMQ job per slot, whose id is the
 * slot, so every instance enqueueing the same slot adds it once. Each run enqueues the next; at
 * boot the current slot is (re)enqueued, which also catches a schedule lost with Redis.
 */
@Injectable()
export class ReevaluationScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    @Inject(REEVALUATION_MINUTES) private readonly intervalMinutes: number,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule(slotAtOrAfter(new Date(), this.intervalMinutes));
  }

  /** Enqueues the slot after `slot`; called by the run of `slot`. */
  async scheduleAfter(slot: Date): Promise<void> {
    await this.schedule(nextSlot(slot, this.intervalMinutes));
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
