import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { type JobName, QUEUE_JOBS, type QueueName } from '@concord/contracts';
import { processedJobs, reportQueueDepth, runWithCorrelation } from '@concord/platform';
import { type Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { JOB_HANDLER, type JobOutcome } from './job-handler.decorator';
import { QUEUE_SETTINGS, REDIS_CONNECTION } from './queue.tokens';
import { DEFAULT_CONCURRENCY, type QueueSettings } from './queue-settings';

type Handler = (payload: unknown, job: Job) => Promise<JobOutcome>;

/**
 * Finds every @JobHandler, checks that each job of each worked queue has exactly one, and runs
 * BullMQ workers for them. Workers close gracefully: running jobs finish before shutdown.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(JobWorkers.name);
  private readonly workers: Worker[] = [];
  /** Read-only handles for the queue-depth metric, and the calls that stop reporting it. */
  private readonly depthQueues: Queue[] = [];
  private readonly stopReporting: (() => void)[] = [];
  /** BullMQ leaves a connection it was given open on close; these are ours to quit. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @Inject(REDIS_CONNECTION) private readonly connection: Redis,
    @Inject(QUEUE_SETTINGS) private readonly settings: QueueSettings,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    for (const queue of this.settings.workOn) {
      const connection = this.connection.duplicate();
      this.connections.push(connection);
      const worker = new Worker(queue, (job) => this.run(handlers, job), {
        connection,
        prefix: this.settings.prefix,
        concurrency: this.settings.concurrency[queue] ?? DEFAULT_CONCURRENCY,
      });
      const depth = new Queue(queue, { connection, prefix: this.settings.prefix });
      this.depthQueues.push(depth);
      this.stopReporting.push(reportQueueDepth(queue, () => depth.getJobCounts('waiting', 'delayed', 'active', 'failed')));
      worker.on('completed', (job, outcome: JobOutcome) => processedJobs.inc({ queue, job: job.name, outcome }));
      worker.on('failed', (job) => processedJobs.inc({ queue, job: job?.name ?? 'unknown', outcome: 'failed' }));
      worker.on('failed', (job, error) => this.log.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: error.message }, 'job failed'));
      worker.on('error', (error) => this.log.error({ queue, err: error.message }, 'worker error'));
      this.workers.push(worker);
    }
  }

  /**
   * Before, not on, application shutdown: a running job still needs the shared Redis connection,
   * the queues it enqueues on and the database, which close on shutdown. Closing the workers
   * alongside them let a job wait forever on a quit connection (seen as a hung test teardown).
   */
  async beforeApplicationShutdown(): Promise<void> {
    for (const stop of this.stopReporting) stop();
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all(this.depthQueues.map((q) => q.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => undefined)));
  }

  private async run(handlers: Map<string, Handler>, job: Job): Promise<JobOutcome> {
    const handler = handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job '${job.name}'`);
    const correlationId = (job.data as { correlationId?: string }).correlationId;
    return runWithCorrelation(correlationId, () => handler(job.data, job));
  }

  private discoverHandlers(): Map<string, Handler> {
    const found = new Map<string, Handler[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method] as ((...args: unknown[]) => Promise<JobOutcome>) | undefined;
        const job = fn && (Reflect.getMetadata(JOB_HANDLER, fn) as JobName | undefined);
        if (!job || !fn) continue;
        found.set(job, [...(found.get(job) ?? []), (payload, bullJob) => fn.call(instance, payload, bullJob)]);
      }
    }
    const required = this.settings.workOn.flatMap((queue: QueueName) => [...QUEUE_JOBS[queue]]);
    const problems = required
      .filter((job) => (found.get(job)?.length ?? 0) !== 1)
      .map((job) => `job '${job}' has ${found.get(job)?.length ?? 0} handlers (needs exactly one @JobHandler)`);
    if (problems.length) throw new Error(`Queue wiring is wrong:\n  - ${problems.join('\n  - ')}`);
    return new Map([...found].map(([job, list]) => [job, list[0]]));
  }
}
