/**
 * The baseline the notifier is compared with: the same signed webhooks sent through nothing but
 * BullMQ (a Queue fed with addBulk, a Worker whose processor signs and POSTs the body with fetch, as
 * the notifier's WebhookSender does). No Kafka, no Postgres, no recipients, no in-app deliveries.
 * With notifier-queues.ts, the only bench file that imports bullmq.
 */
import { WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, signWebhook } from '@concord/contracts';
import { type Job, type JobsOptions, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import type { BenchAlert } from './alert-stream';

const QUEUE = 'bench-raw-webhooks';
const SEND_TIMEOUT_MS = 5_000;
/** What the notifier's JobQueue and DeliveryJobs give a webhook job: 6 attempts, 1 s backoff, completed jobs kept a day. */
const JOB_OPTIONS: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: false,
};

/** A webhook body: `alert` and whatever else the notifier sends with it. */
type WebhookBody = Record<string, unknown>;

export interface RawQueueSettings {
  redisUrl: string;
  /** BullMQ key prefix; under the run's REDIS_KEY_PREFIX so the run's cleanup removes it. */
  prefix: string;
}

function connect(redisUrl: string): IORedis {
  // BullMQ blocks on Redis; maxRetriesPerRequest = null as in the queue lib.
  return new IORedis(redisUrl, { maxRetriesPerRequest: null });
}

export class RawWebhookQueue {
  private constructor(
    private readonly connection: IORedis,
    private readonly queue: Queue<WebhookBody>,
  ) {}

  static open({ redisUrl, prefix }: RawQueueSettings): RawWebhookQueue {
    const connection = connect(redisUrl);
    return new RawWebhookQueue(connection, new Queue<WebhookBody>(QUEUE, { connection, prefix }));
  }

  /**
   * One job per alert in one addBulk call, the alert id as job id (so a repeat adds nothing). Its
   * body is `template`, a body the notifier sent, with this alert in it: same shape, same size.
   */
  async add(alerts: readonly BenchAlert[], template: WebhookBody): Promise<void> {
    await this.queue.addBulk(alerts.map((alert) => ({ name: 'deliver-webhook', data: { ...template, alert: alert.data }, opts: { ...JOB_OPTIONS, jobId: alert.alertId } })));
  }

  async close(): Promise<void> {
    await this.queue.close();
    await this.connection.quit();
  }
}

export interface RawWorkerSettings extends RawQueueSettings {
  concurrency: number;
  webhookUrl: string;
  webhookSecret: string;
}

/** Runs the raw baseline's worker: each job's body signed and POSTed, a non-2xx answer thrown for a retry. */
export async function startRawWebhookWorker({ redisUrl, prefix, concurrency, webhookUrl, webhookSecret }: RawWorkerSettings): Promise<{ close(): Promise<void> }> {
  const connection = connect(redisUrl);
  const send = async (job: Job<WebhookBody>) => {
    const body = JSON.stringify(job.data);
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_DELIVERY_HEADER]: String(job.id),
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(webhookSecret, body, Math.floor(Date.now() / 1000)),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status < 200 || response.status >= 300) throw new Error(`receiver answered HTTP ${response.status}`);
  };
  const worker = new Worker<WebhookBody>(QUEUE, send, { connection, prefix, concurrency });
  await worker.waitUntilReady();
  return {
    close: async () => {
      await worker.close();
      await connection.quit();
    },
  };
}
