import { setTimeout as delay } from 'node:timers/promises';
import { QUEUES } from '@concord/contracts';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const POLL_MS = 100;
const IDLE_TIMEOUT_MS = 120_000;

/**
 * The notifier's own BullMQ queues, read only to wait until it has finished what a run gave it:
 * the last webhook of a run can arrive while in-app deliveries of the run are still queued, and the
 * next run would share the CPU with them. Delayed jobs (escalation timers, repeats) do not count.
 */
export class NotifierQueues {
  private constructor(
    private readonly connection: IORedis,
    private readonly queues: Queue[],
  ) {}

  /** `redisKeyPrefix` is the notifier's REDIS_KEY_PREFIX; its queues live under `<prefix>:bull` (libs/queue's bullPrefix). */
  static open(redisUrl: string, redisKeyPrefix: string): NotifierQueues {
    const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null });
    const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection, prefix: `${redisKeyPrefix}:bull` }));
    return new NotifierQueues(connection, queues);
  }

  async waitUntilIdle(): Promise<void> {
    const deadline = performance.now() + IDLE_TIMEOUT_MS;
    for (;;) {
      const counts = await Promise.all(this.queues.map((q) => q.getJobCounts('wait', 'active', 'prioritized', 'waiting-children')));
      const busy = counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
      if (busy === 0) return;
      if (performance.now() > deadline) throw new Error(`the notifier's queues still hold ${busy} job(s) after ${IDLE_TIMEOUT_MS / 1000} s`);
      await delay(POLL_MS);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close()));
    await this.connection.quit();
  }
}
