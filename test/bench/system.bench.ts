/**
 * `npm run bench`: the whole system under load, each service a process of its own. A county of
 * BENCH_ENTERPRISES enterprises reports month after month through `POST /v1/events/batch` (one
 * batch per enterprise and month, its own API key; wage runs, working time, social insurance,
 * committee meetings, and trouble — arrears, overtime, insurance arrears, layoffs, crises with
 * complaints and stoppages — that starts and settles at a steady rate), at BENCH_RATE events/s or
 * as fast as BENCH_CLIENTS clients go, for BENCH_SECONDS. Reported over the steady window (after
 * BENCH_WARMUP_SECONDS until the clients stop): events accepted, scored, alerted and notified per
 * second; event-to-alert and event-to-webhook latency per event; consumer lag; CPU and peak RSS per
 * service; and each stage's rate against a raw baseline measured afterwards in the same run.
 * Started by scripts/bench/system.sh, which provides the migrated database and the running services.
 */
import { cpus } from 'node:os';
import { Client } from 'pg';
import type { ProducedEvent } from './engine/hr-event-stream';
import { NotifierQueues } from './notify/notifier-queues';
import { AlertWatch } from './system/alert-watch';
import { TOPICS, benchKafka } from './system/bench-kafka';
import { ConsumerOffsets, type Subscription } from './system/consumer-offsets';
import { CountyStory, type MonthlyReport } from './system/county-story';
import { seedDirectory } from './system/directory-seed';
import { drain } from './system/drain';
import { eventLatencies } from './system/event-latency';
import { driveLoad } from './system/ingest-load';
import { ProcessUsage, machineCpu } from './system/process-usage';
import { rawBullmqWebhooks, rawKafkaProduceConsume, rawPostgresPipeline } from './system/raw-baselines';
import { scoringMetrics } from './system/scoring-metrics';
import { type Window, committedPerSecond, lagOver, percentile, ratePerSecond, seconds } from './system/steady-window';
import { WebhookReceipts } from './system/webhook-receipts';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 2_000);
/** "max" (the default): as fast as the clients go; a number: events offered per second. */
const RATE = (process.env.BENCH_RATE ?? 'max') === 'max' ? undefined : Number(process.env.BENCH_RATE);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? Math.min(20, Math.round(SECONDS / 4)));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
/** Business months per batch: 1, an HR system that reports monthly; 3, one that uploads a quarter at once. */
const MONTHS_PER_BATCH = Number(process.env.BENCH_MONTHS_PER_BATCH ?? 1);
/**
 * Most events accepted but not yet scored before the clients wait: far below the ~34,000 the dev
 * broker keeps per topic, and small enough that at saturation the backlog (hence the latency) is
 * a few seconds of the engine's work rather than however much the clients managed to pile up.
 */
const MAX_AHEAD = Number(process.env.BENCH_MAX_AHEAD ?? 2_000);
const RAW_EVENTS = Number(process.env.BENCH_RAW_EVENTS ?? 20_000);
const RAW_WEBHOOKS = Number(process.env.BENCH_RAW_WEBHOOKS ?? 3_000);
/** Webhook bodies kept as the raw BullMQ baseline's models. */
const KEPT_WEBHOOK_BODIES = 500;
/** The notifier's delivery concurrency (its default unless set), which the raw BullMQ baseline gets too. */
const NOTIFY_CONCURRENCY = Number(process.env.NOTIFY_WORKER_CONCURRENCY ?? 200);
/** Enterprises per street (four communities each). */
const PER_STREET = 250;

const SUBSCRIPTIONS: Subscription[] = [
  { label: 'risk-engine hr.events', groupId: 'concord.risk-engine', topic: TOPICS.hrEvents },
  { label: 'notifier risk.alerts', groupId: 'concord.notifier', topic: TOPICS.riskAlerts },
  { label: 'case-service risk.alerts', groupId: 'concord.case-service', topic: TOPICS.riskAlerts },
  { label: 'risk-engine case.events', groupId: 'concord.risk-engine', topic: TOPICS.caseEvents },
  { label: 'notifier case.events', groupId: 'concord.notifier', topic: TOPICS.caseEvents },
];
const SCORING = SUBSCRIPTIONS[0].label;

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const say = (line: string) => process.stdout.write(`${line}\n`);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (scripts/bench/system.sh sets it)`);
  return value;
}

/** `name=pid` arguments of system.sh: the services and the broker. */
function namedPids(args: string[]): Record<string, number> {
  return Object.fromEntries(args.map((arg) => [arg.slice(0, arg.indexOf('=')), Number(arg.slice(arg.indexOf('=') + 1))]));
}

async function main(): Promise<void> {
  const [ingestUrl, receiverPort, engineMetricsUrl, ...pidArgs] = process.argv.slice(2);
  const pids = namedPids(pidArgs);
  say(
    `system: ${fmt(ENTERPRISES)} enterprises, ${RATE === undefined ? 'as fast as it goes' : `${fmt(RATE)} events/s offered`} for ${SECONDS} s ` +
      `(steady window from ${WARMUP_SECONDS} s), ${CLIENTS} HTTP clients, ${MONTHS_PER_BATCH} business month(s) per batch, at most ${fmt(MAX_AHEAD)} events accepted ahead of scoring; ` +
      `ingest-api with ${process.env.INGEST_HTTP_WORKERS} HTTP workers, NOTIFY_GROUP_WAIT_MS=${process.env.NOTIFY_GROUP_WAIT_MS}, LOG_LEVEL=${process.env.LOG_LEVEL}`,
  );

  const db = new Client({ connectionString: required('DATABASE_URL') });
  await db.connect();
  const enterprises = await seedDirectory(db, { enterprises: ENTERPRISES, perStreet: PER_STREET });
  const webhooks = await WebhookReceipts.listen(Number(receiverPort), required('WEBHOOK_SECRET'), KEPT_WEBHOOK_BODIES);
  const kafka = benchKafka('bench-system');
  const alerts = await AlertWatch.start(kafka);
  const offsets = await ConsumerOffsets.start(kafka, SUBSCRIPTIONS);
  const notifierQueues = NotifierQueues.open(required('REDIS_URL'), required('REDIS_KEY_PREFIX'));
  const ownBackend = (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  const usage = new ProcessUsage({ ...pids, 'bench (this process)': process.pid }, async () => ({
    'postgres (the run database)': (await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> $1', [ownBackend])).rows.map((r) => r.pid),
  }));

  try {
    const story = new CountyStory(enterprises, 1);
    let months: MonthlyReport[] = [];
    const rawBatches: ProducedEvent[][] = [];
    let rawEvents = 0;
    let eventBytes = 0;
    const nextReport = () => {
      if (months.length === 0) months = story.nextMonths(MONTHS_PER_BATCH);
      const report = months.pop() as MonthlyReport;
      const produced = report.events.map((e) => ({ subject: e.subject, value: JSON.stringify(e) }));
      eventBytes += produced.reduce((n, e) => n + e.value.length, 0);
      // The first events of the load, kept as they were sent, for the raw baselines.
      if (rawEvents < RAW_EVENTS) {
        rawBatches.push(produced);
        rawEvents += produced.length;
      }
      return report;
    };
    const scoredBefore = offsets.latest().positions[SCORING].committed;
    const scoringBefore = await scoringMetrics(engineMetricsUrl);
    const cpuBefore = machineCpu();
    await usage.start();
    const load = await driveLoad({
      ingestUrl,
      rate: RATE,
      seconds: SECONDS,
      clients: CLIENTS,
      maxAhead: MAX_AHEAD,
      scored: () => offsets.latest().positions[SCORING].committed - scoredBefore,
      nextReport,
    });
    const accepted = load.acceptedAt.size;
    say(`load: ${fmt(accepted)} events accepted in ${fmt(load.requestMs.length)} batches (mean ${fmt(accepted / load.requestMs.length, 1)} events, ${fmt(eventBytes / Math.max(1, accepted))} B each) in ${fmt((load.endedAt - load.startedAt) / 1000, 1)} s; draining…`);
    const drainedAt = await drain(offsets, notifierQueues, webhooks);
    const used = await usage.stop();
    const scoringAfter = await scoringMetrics(engineMetricsUrl);
    const cpuAfter = machineCpu();
    const wallSeconds = (drainedAt - load.startedAt) / 1000;

    const window: Window = { from: load.startedAt + WARMUP_SECONDS * 1000, to: load.endedAt };
    const [{ stored }] = (await db.query<{ stored: number }>(`SELECT count(*)::int AS stored FROM risk.events WHERE event_id = ANY($1::text[])`, [[...load.acceptedAt.keys()]])).rows;
    const [{ cases }] = (await db.query<{ cases: number }>('SELECT count(*)::int AS cases FROM cases.cases')).rows;
    const deliveries = (await db.query<{ channel: string; status: string; n: number }>('SELECT channel, status, count(*)::int AS n FROM notify.delivery_log GROUP BY 1, 2 ORDER BY 1, 2')).rows;
    const levels = new Map<string, number>();
    for (const alert of alerts.alerts) levels.set(alert.level, (levels.get(alert.level) ?? 0) + 1);
    const latency = await eventLatencies(db, alerts.alerts, webhooks.receipts, load.acceptedAt, window);

    const rates = {
      accepted: ratePerSecond(load.acceptedAt.values(), window),
      scored: committedPerSecond(offsets.samples, SCORING, window),
      alerts: ratePerSecond(alerts.alerts.map((a) => a.at), window),
      webhooks: ratePerSecond(webhooks.receipts.map((r) => r.at), window),
    };
    say(
      `flow: ${fmt(accepted)} accepted, ${fmt(stored)} scored and stored by the risk engine (${accepted === stored ? 'every one' : `${fmt(accepted - stored)} MISSING`}); ` +
        `${fmt(alerts.alerts.length)} alert revisions (${[...levels].map(([level, n]) => `${level} ${fmt(n)}`).join(', ')}); ${fmt(webhooks.receipts.length)} webhooks ` +
        `(${webhooks.badSignatures} bad signatures, ${webhooks.duplicates} repeated, ${webhooks.unreadable} unreadable); ${fmt(cases)} cases opened; notifier deliveries: ${deliveries.map((d) => `${fmt(d.n)} ${d.channel} ${d.status}`).join(', ')}`,
    );
    const heldBackSeconds = load.heldBackMs / 1000 / CLIENTS;
    // Held back for a tenth of the run or more: scoring was the limit, and the latencies measure the queue the clients were allowed.
    const saturated = heldBackSeconds >= SECONDS / 10;
    say(
      `client: batch request p50 ${fmt(percentile(load.requestMs, 50))} ms, p99 ${fmt(percentile(load.requestMs, 99))} ms; ${load.retries} retries after 429/503; ` +
        `clients held back ${fmt(heldBackSeconds, 1)} s each because scoring was ${fmt(MAX_AHEAD)} events behind` +
        (saturated ? ` — saturated: the latencies below are mostly that backlog (BENCH_MAX_AHEAD); pace the load with BENCH_RATE for the system's own latency` : ''),
    );
    say(
      `steady window (${fmt(seconds(window), 1)} s): accepted ${fmt(rates.accepted)} events/s, scored ${fmt(rates.scored)} events/s, ` +
        `${fmt(rates.alerts, 1)} alert revisions/s, ${fmt(rates.webhooks, 1)} webhooks/s`,
    );
    say(
      `latency (events accepted in the steady window): event→alert on risk.alerts p50 ${fmt(percentile(latency.alertMs, 50))} ms, p99 ${fmt(percentile(latency.alertMs, 99))} ms ` +
        `(${fmt(latency.alertMs.length)} events behind ${fmt(latency.alertsFromLoad)} alert revisions); event→webhook p50 ${fmt(percentile(latency.notifyMs, 50))} ms, ` +
        `p99 ${fmt(percentile(latency.notifyMs, 99))} ms (${fmt(latency.notifyMs.length)} events behind ${fmt(latency.webhooksFromLoad)} notified revisions)`,
    );
    const transactions = scoringAfter.calls - scoringBefore.calls;
    say(
      `risk-engine (its /metrics, whole run): ${fmt(transactions)} scoring transactions on hr.events, ${fmt((scoringAfter.events - scoringBefore.events) / transactions, 1)} events each on average, ` +
        `${fmt(((scoringAfter.seconds - scoringBefore.seconds) * 1000) / transactions, 1)} ms each (busy ${fmt((scoringAfter.seconds - scoringBefore.seconds) / wallSeconds, 2)} of the run's seconds)`,
    );
    say(
      `consumer lag in the steady window (kafkajs admin, end − committed, every second): ${SUBSCRIPTIONS.map((s) => {
        const lag = lagOver(offsets.samples, s.label, window);
        return `${s.label} mean ${fmt(lag.mean)} max ${fmt(lag.max)}`;
      }).join('; ')}`,
    );
    const busyCores = ((cpuAfter.busySeconds - cpuBefore.busySeconds) / (cpuAfter.totalSeconds - cpuBefore.totalSeconds)) * cpus().length;
    say(`cpu and memory from the first request until drained (${fmt(wallSeconds, 1)} s; the whole machine, other users included, was busy ${fmt(busyCores, 2)} of ${cpus().length} cores on average):`);
    const byCpu = Object.entries(used).sort(([, a], [, b]) => b.cpuSeconds - a.cpuSeconds);
    for (const [name, u] of byCpu) {
      say(`  ${name.padEnd(28)} cpu ${fmt(u.cpuSeconds, 1).padStart(6)} s = ${fmt(u.cpuSeconds / wallSeconds, 2)} cores, ${fmt((u.cpuSeconds * 1e6) / Math.max(1, accepted)).padStart(5)} µs per event; peak RSS ${fmt(u.peakRssMb)} MB`);
    }

    await alerts.stop();
    await offsets.stop();
    say('raw baselines (same run, services idle, same broker, Postgres and Redis):');
    const rawKafka = await rawKafkaProduceConsume(kafka, rawBatches, CLIENTS);
    const rawPostgres = await rawPostgresPipeline(kafka, db, rawBatches, CLIENTS);
    const rawBullmq = await rawBullmqWebhooks(webhooks.bodies, RAW_WEBHOOKS, NOTIFY_CONCURRENCY);
    say(`  intake   kafkajs produce (acks=all, the same ${fmt(rawEvents)} events in the same batches, ${CLIENTS} senders) + eachBatch consume: ${fmt(rawKafka)} events/s; ingest-api accepted ${fmt(rates.accepted)} → ratio ${fmt(rates.accepted / rawKafka, 3)}`);
    say(
      `  scoring  eachBatch → 500-row INSERT … ON CONFLICT → counter upsert (bench:engine's raw pipeline, the same events) produced as ingest-api produced them: ${fmt(rawPostgres.sameBatches)} events/s; ` +
        `risk-engine scored ${fmt(rates.scored)} → ratio ${fmt(rates.scored / rawPostgres.sameBatches, 3)} (produced in batches of 2,000 as in bench:engine: ${fmt(rawPostgres.largeBatches)} events/s)`,
    );
    say(`  notify   BullMQ add + worker (concurrency ${NOTIFY_CONCURRENCY}) POSTing ${fmt(RAW_WEBHOOKS)} signed bodies like the notifier's (bench:notify's raw worker): ${fmt(rawBullmq)} webhooks/s; notifier sent ${fmt(rates.webhooks, 1)} → ratio ${fmt(rates.webhooks / rawBullmq, 3)}`);
    say(`  (each ratio is the stage's rate in the system run over what the bare clients do with the same work on an otherwise idle system; stages after the slowest only see what it passes on)`);
    const [busiest] = byCpu;
    say(`busiest process: ${busiest[0]} (${fmt(busiest[1].cpuSeconds / wallSeconds, 2)} of the machine's ${cpus().length} cores)`);
    say(`bench events_per_s=${Math.round(rates.scored)} p99_alert_ms=${Math.round(percentile(latency.alertMs, 99))} p99_notify_ms=${Math.round(percentile(latency.notifyMs, 99))}`);
  } finally {
    await notifierQueues.close();
    await webhooks.close();
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
