/**
 * `npm run bench:ingest`: HR events per second through `POST /v1/events/batch` (500-event batches
 * of realistic mixed types, several clients at once) against a raw kafkajs producer sending the
 * same events in the same batch size and concurrency to the same broker, measured in the same run.
 * The two alternate over several rounds and the median of the per-round ratios is reported, so one
 * noisy moment on a shared 2-core machine does not decide the figure.
 * Started by scripts/bench/ingest.sh, which provides the running ingest-api and the keys.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { HR_EVENT_EXAMPLES, TOPICS } from '@concord/contracts';
import { NON_IDEMPOTENT_MAX_IN_FLIGHT, TopicNamer, createKafkaClient, defaultPartitioner } from '@concord/kafka';

const BATCH = 500;
const TOTAL = Number(process.env.BENCH_EVENTS ?? 20_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP = 5_000;

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

interface Posted {
  status: number;
  body: string;
}

/** node:http with keep-alive: a lighter client than fetch, so the client's own CPU takes less from the service on 2 cores. */
function postJson(agent: Agent, url: URL, authorization: string, body: string): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, method: 'POST', headers: { authorization, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function throughIngest(url: string, batches: { key: Key; events: Record<string, unknown>[] }[]): Promise<{ eventsPerSecond: number; latencies: number[] }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const endpoint = new URL('/v1/events/batch', url);
  // Each batch is serialised inside the timed loop, as the raw producer serialises its messages.
  const post = async (batch: { key: Key; events: Record<string, unknown>[] }) => {
    const response = await postJson(agent, endpoint, `Bearer ${batch.key.key}`, JSON.stringify({ events: batch.events }));
    const outcome = JSON.parse(response.body) as { accepted?: number };
    if (response.status !== 200 || outcome.accepted !== batch.events.length) throw new Error(`batch not fully accepted: ${response.status} ${response.body.slice(0, 300)}`);
  };
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
  agent.destroy();
  return { eventsPerSecond: batches.reduce((n, b) => n + b.events.length, 0) / seconds, latencies };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const [keysFile, ingestUrl] = process.argv.slice(2);
  const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as Key[];
  // A discarded round first, so both sides are measured with their code already optimised by the JIT.
  await rawBaseline(mixedEvents(keys, WARMUP));
  await throughIngest(ingestUrl, mixedEvents(keys, WARMUP));
  const rounds: { raw: number; ingest: number }[] = [];
  const latencies: number[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const raw = await rawBaseline(mixedEvents(keys, TOTAL));
    const ingest = await throughIngest(ingestUrl, mixedEvents(keys, TOTAL));
    rounds.push({ raw, ingest: ingest.eventsPerSecond });
    latencies.push(...ingest.latencies);
    process.stdout.write(`round ${round}: events_per_s=${Math.round(ingest.eventsPerSecond)} raw_events_per_s=${Math.round(raw)} ratio=${(ingest.eventsPerSecond / raw).toFixed(2)}\n`);
  }
  latencies.sort((a, b) => a - b);
  process.stdout.write(`events=${TOTAL}x${ROUNDS} batch=${BATCH} clients=${CLIENTS} p50_ms=${percentile(latencies, 50).toFixed(1)}\n`);
  process.stdout.write(
    `bench:ingest events_per_s=${Math.round(median(rounds.map((r) => r.ingest)))} raw_events_per_s=${Math.round(median(rounds.map((r) => r.raw)))} ` +
      `ratio=${median(rounds.map((r) => r.ingest / r.raw)).toFixed(2)} p99_ms=${percentile(latencies, 99).toFixed(1)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:ingest failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
