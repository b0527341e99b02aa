import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type JobName, type JobPayloads, QUEUE_JOBS, type QueueName } from '@concord/contracts';
import { currentCorrelationId } from '@concord/platform';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_SETTINGS, REDIS_CONNECTION } from './queue.tokens';
import type { QueueSettings } from './queue-settings';

export interface EnqueueOptions {
  /** Deterministic id: enqueueing the same id twice adds the job once. */
  jobId: string;
  delayMs?: number;
  attempts?: number;
  backoffMs?: number;
}

/** One job for `enqueueMany`: a name, its payload and its options. */
export type JobToEnqueue = { [J in JobName]: { job: J; payload: JobPayloads[J]; options: EnqueueOptions } }[JobName];

function jobOptions(options: EnqueueOptions): JobsOptions {
  return {
    jobId: options.jobId,
    delay: options.delayMs,
    attempts: options.attempts ?? 1,
    backoff: options.backoffMs ? { type: 'exponential', delay: options.backoffMs } : undefined,
    removeOnComplete: { age: 24 * 3600, count: 50_000 },
    // Failed jobs stay: they are the dead-letter state staff can inspect and replay.
    removeOnFail: false,
  };
}

export function queueOfJob(job: JobName): QueueName {
  const entry = Object.entries(QUEUE_JOBS).find(([, jobs]) => (jobs as readonly string[]).includes(job));
  if (!entry) throw new Error(`job '${job}' belongs to no queue in QUEUE_JOBS`);
  return entry[0] as QueueName;
}

/** Typed enqueue: the job name decides the payload type and the queue. */
@Injectable()
export class JobQueue implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
  ) {}

  async enqueue<J extends JobName>(job: J, payload: JobPayloads[J], options: EnqueueOptions): Promise<void> {
    // The correlation id rides along so the job's logs join the request or message that caused it.
    await this.queue(queueOfJob(job)).add(job, { ...payload, correlationId: currentCorrelationId() }, jobOptions(options));
  }

  /** Enqueues many jobs with one round trip per queue (BullMQ's addBulk); ids dedupe as in `enqueue`. */
  async enqueueMany(jobs: readonly JobToEnqueue[]): Promise<void> {
    const byQueue = new Map<QueueName, { name: string; data: object; opts: JobsOptions }[]>();
    const correlationId = currentCorrelationId();
    for (const { job, payload, options } of jobs) {
      const queue = queueOfJob(job);
      const bulk = byQueue.get(queue) ?? [];
      bulk.push({ name: job, data: { ...payload, correlationId }, opts: jobOptions(options) });
      byQueue.set(queue, bulk);
    }
    for (const [queue, bulk] of byQueue) await this.queue(queue).addBulk(bulk);
  }

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.settings.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
