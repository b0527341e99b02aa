/**
 * `npm run bench:notify`: risk alerts per second from Kafka to a signed webhook received from the
 * built notifier (inbox claim, its thread, the notice job, directory lookup, routing, one
 * notification and in-app delivery per recipient, the webhook delivery, their BullMQ jobs, the
 * POST), against a raw baseline measured in the same run on the same Redis and the same receiver:
 * the same number of webhooks, each a body the notifier sent with the job's alert in it, signed the
 * same way, through nothing but a BullMQ queue and worker (see notify/raw-webhook-queue.ts). Also
 * the p99 latency from an alert's produce to its webhook.
 * The notifier and the raw worker each run in their own process; this one produces, adds the raw
 * jobs and receives the webhooks.
 * Started by scripts/bench/notify.sh, which provides the migrated database and the running notifier.
 */
import { readFileSync } from 'node:fs';
import { TOPICS } from '@concord/contracts';
import { NON_IDEMPOTENT_MAX_IN_FLIGHT, TopicNamer, createKafkaClient, defaultPartitioner } from '@concord/kafka';
import { Client } from 'pg';
import { startScript } from './engine/child-process';
import { type BenchAlert, LEVEL_MIX, alertStream } from './notify/alert-stream';
import { DirectorySeed } from './notify/directory-seed';
import { NotifierQueues } from './notify/notifier-queues';
import { RawWebhookQueue } from './notify/raw-webhook-queue';
import { type TimedRun, timedRun } from './notify/timed-run';
import { WebhookReceiver } from './notify/webhook-receiver';

const ALERTS = Number(process.env.BENCH_ALERTS ?? 2_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** As many as a round: with 500 the notifier's first round still ran a third slower than its later ones (JIT, heap growth). */
const WARMUP_ALERTS = Number(process.env.BENCH_WARMUP_ALERTS ?? 2_000);
/** The raw baseline takes a second or two: measured this many times per round (median), so one noisy moment does not decide it. */
const RAW_REPEATS = Number(process.env.BENCH_RAW_REPEATS ?? 3);
/**
 * Alerts per Kafka produce request and per BullMQ addBulk call. 500 is what the risk engine's outbox
 * relay publishes per send under load; the dev broker hands a consumer one produced batch per
 * partition and fetch, where Kafka would hand it up to a megabyte, so smaller sends would measure
 * the dev broker's fetch size rather than the notifier.
 */
const SEND_BATCH = Number(process.env.BENCH_SEND_BATCH ?? 500);
/** The notifier's worker concurrency, which notify.sh sets for the notifier; the raw worker gets the same. */
const RAW_CONCURRENCY = Number(process.env.NOTIFY_WORKER_CONCURRENCY);
if (!Number.isInteger(RAW_CONCURRENCY) || RAW_CONCURRENCY < 1) throw new Error('NOTIFY_WORKER_CONCURRENCY must be set (notify.sh sets it)');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/notify.sh sets it)`);
  return value;
}

function residentMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

function processAlive(pid: number, name: string): () => void {
  return () => {
    try {
      process.kill(pid, 0);
    } catch {
      throw new Error(`the ${name} process (${pid}) has exited`);
    }
  };
}

/**
 * What the notifier recorded: deliveries by channel and status. Only reported, never measured, so
 * a notify schema that moved on reads as a remark rather than failing the run at its end.
 */
async function notifierDeliveries(db: Client): Promise<string> {
  try {
    const { rows } = await db.query<{ channel: string; status: string; n: number }>(
      `SELECT channel, status, count(*)::int AS n FROM notify.delivery_log GROUP BY channel, status ORDER BY channel, status`,
    );
    return `${rows.map((r) => `${fmt(r.n)} ${r.channel} ${r.status}`).join(', ')} deliveries`;
  } catch (error) {
    return `deliveries not read (${(error as Error).message})`;
  }
}

async function main(): Promise<void> {
  const notifierPid = Number(process.argv[2]);
  const receiverPort = Number(process.argv[3]);
  const webhookUrl = required('WEBHOOK_URL');
  const redisUrl = required('REDIS_URL');
  const redisKeyPrefix = required('REDIS_KEY_PREFIX');
  const rawPrefix = `${redisKeyPrefix}:bench-raw`;
  say(
    `alerts=${fmt(ALERTS)} per round (new alerts, revision 1, levels ${LEVEL_MIX.map((m) => `${m.level} ${m.share * 100}%`).join(' ')}), ` +
      `one per enterprise, fresh enterprises each round with 2 (BLUE) to 10 (RED) recipients each, sent in batches of ${fmt(SEND_BATCH)}, ` +
      `${fmt(ROUNDS)} round(s) of raw (${RAW_REPEATS}×, median) then notifier, warm-up ${fmt(WARMUP_ALERTS)} alerts each; worker concurrency ${RAW_CONCURRENCY} for both the notifier and the raw worker`,
  );

  const db = new Client({ connectionString: required('DATABASE_URL') });
  await db.connect();
  const directory = await DirectorySeed.create(db);
  const receiver = await WebhookReceiver.listen(receiverPort, required('WEBHOOK_SECRET'));
  const kafka = createKafkaClient(
    { KAFKA_BROKERS: required('KAFKA_BROKERS').split(','), KAFKA_TOPIC_PREFIX: '', KAFKA_IDEMPOTENT_PRODUCER: false, KAFKA_CREATE_TOPICS: false },
    'bench-notify',
  );
  // The same producer settings as the risk engine's outbox relay with KAFKA_IDEMPOTENT_PRODUCER=false.
  const producer = kafka.producer({ createPartitioner: defaultPartitioner, maxInFlightRequests: NON_IDEMPOTENT_MAX_IN_FLIGHT });
  await producer.connect();
  const topic = new TopicNamer(required('KAFKA_TOPIC_PREFIX')).physical(TOPICS.riskAlerts);
  const rawQueue = RawWebhookQueue.open({ redisUrl, prefix: rawPrefix });
  const notifierQueues = NotifierQueues.open(redisUrl, redisKeyPrefix);
  // startScript runs scripts of the engine bench's folder; the raw worker lives in this bench's.
  const rawWorker = await startScript('../notify/raw-webhook-worker.ts', [redisUrl, rawPrefix, RAW_CONCURRENCY, webhookUrl]);

  // Each run starts once the notifier has done all it was given before, in-app deliveries included.
  const throughNotifier = async (alerts: BenchAlert[]): Promise<TimedRun> => {
    await notifierQueues.waitUntilIdle();
    return timedRun({
      side: 'notifier',
      alerts,
      chunk: SEND_BATCH,
      receiver,
      assertAlive: processAlive(notifierPid, 'notifier'),
      workerPid: notifierPid,
      send: async (part) => {
        await producer.send({ topic, acks: -1, messages: part.map((a) => ({ key: a.enterpriseId, value: a.value })) });
      },
    });
  };
  const throughRawQueue = async (alerts: BenchAlert[], template: Record<string, unknown>): Promise<TimedRun> => {
    await notifierQueues.waitUntilIdle();
    return timedRun({ side: 'raw BullMQ', alerts, chunk: SEND_BATCH, receiver, assertAlive: () => undefined, workerPid: rawWorker.pid, send: (part) => rawQueue.add(part, template) });
  };

  try {
    // A discarded delivery to each side first: consumer group joined, connections open, code optimised by the JIT.
    // The raw worker sends what the notifier sends: one of its webhook bodies, with the raw job's alert in it.
    const warmupIds = await directory.register(WARMUP_ALERTS);
    await throughNotifier(alertStream(warmupIds, 7));
    const template = receiver.lastBody();
    if (!template) throw new Error('the warm-up received no webhook body to model the raw baseline on');
    await throughRawQueue(alertStream(warmupIds, 7), template);

    const rounds: { notifier: number; raw: number }[] = [];
    const latencies: number[] = [];
    const bodyBytes = { notifier: 0, raw: 0 };
    for (let round = 1; round <= ROUNDS; round++) {
      // The same enterprises and levels on both sides of a round, fresh alert ids on each.
      const enterpriseIds = await directory.register(ALERTS);
      const raws: TimedRun[] = [];
      for (let repeat = 0; repeat < RAW_REPEATS; repeat++) raws.push(await throughRawQueue(alertStream(enterpriseIds, 1_000 + round), template));
      const raw = [...raws].sort((a, b) => a.seconds - b.seconds)[Math.floor(raws.length / 2)];
      const notifier = await throughNotifier(alertStream(enterpriseIds, 1_000 + round));
      const result = { notifier: ALERTS / notifier.seconds, raw: ALERTS / raw.seconds };
      rounds.push(result);
      latencies.push(...notifier.latenciesMs);
      bodyBytes.notifier = notifier.meanBodyBytes;
      bodyBytes.raw = raw.meanBodyBytes;
      say(
        `round ${round}: notifier ${notifier.seconds.toFixed(2)} s (${fmt(result.notifier)} deliveries/s, first webhook after ${fmt(notifier.firstWebhookMs)} ms, p50 ${fmt(percentile(notifier.latenciesMs, 50))} ms, p99 ${fmt(percentile(notifier.latenciesMs, 99))} ms, CPU ${notifier.cpuMsPerAlert.toFixed(2)} ms/alert, machine ${notifier.machineCpuMsPerAlert.toFixed(2)}); ` +
          `raw ${raws.map((r) => r.seconds.toFixed(2)).join(' / ')} s, median ${fmt(result.raw)} jobs/s (first webhook after ${fmt(raw.firstWebhookMs)} ms, p99 ${fmt(percentile(raw.latenciesMs, 99))} ms, CPU ${raw.cpuMsPerAlert.toFixed(2)} ms/job, machine ${raw.machineCpuMsPerAlert.toFixed(2)}); ratio ${(result.notifier / result.raw).toFixed(3)}`,
      );
    }

    const received = receiver.snapshot();
    if (received.badSignatures > 0) throw new Error(`${received.badSignatures} webhook(s) failed signature verification`);
    say(
      `notifier process: ${await notifierDeliveries(db)} (warm-up included), RSS ${fmt(residentMb(notifierPid))} MB; ` +
        `receiver: ${fmt(received.deliveries)} webhooks, all signatures valid, ${fmt(received.duplicates)} repeated delivery ids, ${fmt(received.unexpected)} not awaited, ` +
        `mean body ${fmt(bodyBytes.notifier)} B from the notifier and ${fmt(bodyBytes.raw)} B from the raw worker (last round)`,
    );
    say(
      `measured as: deliveries_per_s = alerts / (first produce to risk.alerts → last alert's first webhook received), median of rounds; ` +
        `raw_jobs_per_s = jobs / (first addBulk → last webhook received), median of repeats, then of rounds; ratio = median of per-round notifier/raw; ` +
        `p99_ms = 99th percentile over all rounds of (webhook received − start of the produce that carried the alert): every round is one burst, ` +
        `so it includes the wait behind earlier alerts of the burst; every run starts with the notifier's queues empty; NOTIFY_GROUP_WAIT_MS=0`,
    );
    say(
      `bench:notify deliveries_per_s=${Math.round(median(rounds.map((r) => r.notifier)))} raw_jobs_per_s=${Math.round(median(rounds.map((r) => r.raw)))} ` +
        `ratio=${median(rounds.map((r) => r.notifier / r.raw)).toFixed(3)} p99_ms=${Math.round(percentile(latencies, 99))}`,
    );
  } finally {
    await rawWorker.stop();
    await rawQueue.close();
    await notifierQueues.close();
    await producer.disconnect();
    await receiver.close();
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:notify failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
