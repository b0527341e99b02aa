/**
 * `npm run bench:ingest`: HR events per second through `POST /v1/events/batch` (500-event batches
 * of realistic mixed types, several clients at once) against a raw kafkajs producer sending the
 * same events in the same batch size to the same broker, measured in the same run.
 * Started by scripts/bench/ingest.sh, which provides the running ingest-api and the keys.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HR_EVENT_EXAMPLES, TOPICS } from '@concord/contracts';
import { NON_IDEMPOTENT_MAX_IN_FLIGHT, TopicNamer, createKafkaClient, defaultPartitioner } from '@concord/kafka';

const BATCH = 500;
const TOTAL = Number(process.env.BENCH_EVENTS ?? 20_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);

interface Key {
  enterpriseId: string;
  key: string;
}

function mixedEvents(keys: Key[], total: number): { key: Key; events: Record<string, unknown>[] }[] {
  const types = Object.entries(HR_EVENT_EXAMPLES);
  const batches: { key: Key; events: Record<string, unknown>[] }[] = [];
  for (let start = 0; start < total; start += BATCH) {
    const key = keys[(start / BATCH) % keys.length];
    const events = Array.from({ length: Math.min(BATCH, total - start) }, (_, i) => {
      const [type, data] = types[(start + i) % types.length];
      return { specversion: '1.0', id: randomUUID(), source: 'bench/hr-system', type, subject: key.enterpriseId, time: new Date().toISOString(), data };
    });
    batches.push({ key, events });
  }
  return batches;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function rawBaseline(batches: { events: Record<string, unknown>[] }[]): Promise<number> {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
  const settings = { KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: 'bench-raw.', KAFKA_IDEMPOTENT_PRODUCER: false, KAFKA_CREATE_TOPICS: false };
  const producer = createKafkaClient(settings, 'bench-raw').producer({
    createPartitioner: defaultPartitioner,
    // The same producer settings as ingest-api's EventPublisher with KAFKA_IDEMPOTENT_PRODUCER=false,
    // so the ratio measures the service's own cost, not a difference in producer configuration.
    maxInFlightRequests: NON_IDEMPOTENT_MAX_IN_FLIGHT,
  });
  await producer.connect();
  const topic = new TopicNamer(settings.KAFKA_TOPIC_PREFIX).physical(TOPICS.hrEvents);
  await producer.send({ topic, acks: -1, messages: [{ key: 'warmup', value: '{}' }] });
  const started = performance.now();
  let next = 0;
  // The same concurrency as the HTTP clients, so both sides get the same chance to overlap sends.
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < batches.length; i = next++) {
        const messages = batches[i].events.map((e) => ({ key: String(e.subject), value: JSON.stringify(e) }));
        await producer.send({ topic, acks: -1, messages });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await producer.disconnect();
  return batches.reduce((n, b) => n + b.events.length, 0) / seconds;
}

async function throughIngest(url: string, batches: { key: Key; events: Record<string, unknown>[] }[]): Promise<{ eventsPerSecond: number; latencies: number[] }> {
  const post = async (batch: { key: Key; events: Record<string, unknown>[] }) => {
    const response = await fetch(`${url}/v1/events/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${batch.key.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events: batch.events }),
    });
    const body = (await response.json()) as { accepted?: number };
    if (response.status !== 200 || body.accepted !== batch.events.length) throw new Error(`batch not fully accepted: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
  };
  await post(mixedEvents([batches[0].key], 10)[0]);
  const latencies: number[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let i = next++; i < batches.length; i = next++) {
        const sent = performance.now();
        await post(batches[i]);
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: batches.reduce((n, b) => n + b.events.length, 0) / seconds, latencies: latencies.sort((a, b) => a - b) };
}

async function main(): Promise<void> {
  const [keysFile, ingestUrl] = process.argv.slice(2);
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as Key[];
  const raw = await rawBaseline(mixedEvents(keys, TOTAL));
  const ingest = await throughIngest(ingestUrl, mixedEvents(keys, TOTAL));
  const p50 = percentile(ingest.latencies, 50);
  const p99 = percentile(ingest.latencies, 99);
  process.stdout.write(`events=${TOTAL} batch=${BATCH} clients=${CLIENTS} p50_ms=${p50.toFixed(1)}\n`);
  process.stdout.write(
    `bench:ingest events_per_s=${Math.round(ingest.eventsPerSecond)} raw_events_per_s=${Math.round(raw)} ratio=${(ingest.eventsPerSecond / raw).toFixed(2)} p99_ms=${p99.toFixed(1)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
