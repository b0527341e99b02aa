import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import type { RiskAlertV1 } from '@concord/contracts';
import { NON_IDEMPOTENT_MAX_IN_FLIGHT, defaultPartitioner } from '@concord/kafka';
import { freePort } from '@concord/testing';
import type { Client } from 'pg';
import { startScript } from '../engine/child-process';
import type { ProducedEvent } from '../engine/hr-event-stream';
import { RawPipeline } from '../engine/raw-pipeline';
import { timedDelivery } from '../engine/timed-delivery';
import type { BenchAlert } from '../notify/alert-stream';
import { RawWebhookQueue } from '../notify/raw-webhook-queue';
import { timedRun } from '../notify/timed-run';
import { WebhookReceiver } from '../notify/webhook-receiver';
import type { Kafka } from './bench-kafka';

/** Topics of the baselines: on the run's broker, apart from the services' (no prefix of theirs). */
const RAW_KAFKA_TOPIC = 'bench-raw-kafka.hr.events';
const RAW_PIPELINE_TOPIC = 'bench-raw-pipeline.hr.events';
const STALL_MS = 60_000;

function producerOf(kafka: Kafka): ReturnType<Kafka['producer']> {
  // The services' producer settings with KAFKA_IDEMPOTENT_PRODUCER=false.
  return kafka.producer({ createPartitioner: defaultPartitioner, maxInFlightRequests: NON_IDEMPOTENT_MAX_IN_FLIGHT });
}

/**
 * The intake stage's baseline: the same events, in the same batches, sent by `clients` concurrent
 * senders with a bare kafkajs producer (acks=all), and consumed with a bare eachBatch consumer in
 * this process: events per second from the first send until the last is consumed. No HTTP, no
 * key check, no validation, no idempotency record.
 */
export async function rawKafkaProduceConsume(kafka: Kafka, batches: readonly ProducedEvent[][], clients: number): Promise<number> {
  const total = batches.reduce((n, b) => n + b.length, 0);
  const producer = producerOf(kafka);
  const consumer = kafka.consumer({ groupId: `bench.raw-kafka.${randomUUID()}`, maxWaitTimeInMs: 100 });
  let consumed = 0;
  await producer.connect();
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [RAW_KAFKA_TOPIC], fromBeginning: true });
    await consumer.run({
      eachBatch: ({ batch }) => {
        consumed += batch.messages.length;
        return Promise.resolve();
      },
    });
    // One message through first: the consumer group has joined before the clock starts.
    await producer.send({ topic: RAW_KAFKA_TOPIC, acks: -1, messages: [{ key: 'warm-up', value: '{}' }] });
    await until(() => consumed >= 1, 'the raw consumer to join');
    const base = consumed;
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = next++; i < batches.length; i = next++) {
          await producer.send({ topic: RAW_KAFKA_TOPIC, acks: -1, messages: batches[i].map((e) => ({ key: e.subject, value: e.value })) });
        }
      }),
    );
    await until(() => consumed - base >= total, 'the raw consumer to read every event');
    return total / ((performance.now() - started) / 1000);
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
}

/** The raw pipeline's rate for the same events two ways; see rawPostgresPipeline. */
export interface RawPipelineRates {
  sameBatches: number;
  largeBatches: number;
}

/**
 * The scoring stage's baseline: bench:engine's raw pipeline (eachBatch → 500-row INSERT … ON
 * CONFLICT → counter upsert, one transaction per fetched batch) in a process of its own, storing
 * the same events. Twice: produced in the batches the clients posted, by as many concurrent
 * senders, as ingest-api produces them (the dev broker hands a consumer about one produced batch
 * per partition per fetch, so this is what the engine's fetches hold too); and in batches of 2,000,
 * as bench:engine produces them. Events per second from the first send until all are stored.
 */
export async function rawPostgresPipeline(kafka: Kafka, db: Client, batches: readonly ProducedEvent[][], clients: number): Promise<RawPipelineRates> {
  const events = batches.flat();
  const enterprises = new Set(events.map((e) => e.subject)).size;
  await RawPipeline.createTables(db);
  const raw = await startScript('raw-consumer.ts', [RAW_PIPELINE_TOPIC, 'bench.raw-pipeline']);
  const producer = producerOf(kafka);
  await producer.connect();
  try {
    const inLargeBatches = (part: readonly ProducedEvent[]) =>
      timedDelivery({ producer, topic: RAW_PIPELINE_TOPIC, events: part, enterprises: new Set(part.map((e) => e.subject)).size, produceBatch: 2_000, counts: () => RawPipeline.counts(db) });
    // A discarded delivery first: consumer group joined, code optimised by the JIT.
    await inLargeBatches(events.slice(0, 1_000));
    await RawPipeline.truncate(db);
    const largeBatches = events.length / (await inLargeBatches(events));
    await RawPipeline.truncate(db);
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = next++; i < batches.length; i = next++) {
          await producer.send({ topic: RAW_PIPELINE_TOPIC, acks: -1, messages: batches[i].map((e) => ({ key: e.subject, value: e.value })) });
        }
      }),
    );
    let stored = await RawPipeline.counts(db);
    const deadline = performance.now() + STALL_MS;
    while (stored.events < events.length || stored.enterprises < enterprises) {
      if (performance.now() > deadline) throw new Error(`the raw pipeline stored ${stored.events} of ${events.length} events`);
      await delay(20);
      stored = await RawPipeline.counts(db);
    }
    return { sameBatches: events.length / ((performance.now() - started) / 1000), largeBatches };
  } finally {
    await producer.disconnect();
    await raw.stop();
  }
}

/**
 * The notification stage's baseline, as bench:notify measures it: `count` webhooks, each a body the
 * notifier sent in this run (taken in turn) with a fresh alert id, through nothing but a BullMQ queue and a worker of the
 * notifier's concurrency in a process of its own that signs and POSTs them to a receiver in this
 * process. Webhooks per second from the first addBulk until the last arrives.
 */
export async function rawBullmqWebhooks(bodies: readonly Record<string, unknown>[], count: number, concurrency: number): Promise<number> {
  const redisUrl = required('REDIS_URL');
  const prefix = `${required('REDIS_KEY_PREFIX')}:bench-raw`;
  const port = await freePort();
  const receiver = await WebhookReceiver.listen(port, required('WEBHOOK_SECRET'));
  const queue = RawWebhookQueue.open({ redisUrl, prefix });
  const worker = await startScript('../notify/raw-webhook-worker.ts', [redisUrl, prefix, concurrency, `http://127.0.0.1:${port}/hook`]);
  const alertsOf = (count: number): BenchAlert[] =>
    Array.from({ length: count }, (_, i) => {
      const alertId = randomUUID();
      const data = { ...(bodies[i % bodies.length].alert as RiskAlertV1['data']), alertId };
      return { alertId, enterpriseId: data.enterpriseId, value: '', data };
    });
  const run = (alerts: BenchAlert[]) =>
    timedRun({ side: 'raw BullMQ', alerts, chunk: 100, receiver, assertAlive: () => undefined, workerPid: worker.pid, send: (part) => queue.add(part, bodies[0]) });
  try {
    await run(alertsOf(200));
    const measured = await run(alertsOf(count));
    return count / measured.seconds;
  } finally {
    await worker.stop();
    await queue.close();
    await receiver.close();
  }
}

async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + STALL_MS;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/system.sh sets it)`);
  return value;
}
