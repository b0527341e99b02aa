/**
 * `npm run bench:engine`: HR events per second from Kafka to scored and persisted by the built
 * risk-engine (full default rule set), against a raw pipeline measured in the same run on the same
 * broker and the same events (kafkajs eachBatch → 500-row INSERT … ON CONFLICT → batched counter
 * upsert, see engine/raw-pipeline.ts); then the memory of 100,000 scored enterprises held in the
 * engine's history cache and the time of a backtest over 1,000,000 recorded events (child processes, so each
 * figure has a process of its own). The engine and the raw consumer each run in their own process;
 * this one produces and polls Postgres.
 * Started by scripts/bench/engine.sh, which provides the migrated database and the running engine.
 */
import { readFileSync } from 'node:fs';
import { TOPICS } from '@concord/contracts';
import { NON_IDEMPOTENT_MAX_IN_FLIGHT, TopicNamer, createKafkaClient, defaultPartitioner } from '@concord/kafka';
import { Client } from 'pg';
import { runScript, startScript } from './engine/child-process';
import { DirectorySeed } from './engine/directory-seed';
import { freshIds, hrEventStream } from './engine/hr-event-stream';
import { RawPipeline } from './engine/raw-pipeline';
import { type Counts, timedDelivery } from './engine/timed-delivery';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 1_000);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const RAW_REPEATS = Number(process.env.BENCH_RAW_REPEATS ?? 3);
/** The dev broker hands a consumer about one produced batch per partition per fetch: 2,000 over 4 partitions makes the raw pipeline's 500-row inserts. */
const PRODUCE_BATCH = Number(process.env.BENCH_PRODUCE_BATCH ?? 2_000);
const WARMUP_EVENTS = Number(process.env.BENCH_WARMUP_EVENTS ?? 1_000);
const MEMORY_ENTERPRISES = Number(process.env.BENCH_MEMORY_ENTERPRISES ?? 100_000);
const BACKTEST_EVENTS = Number(process.env.BENCH_BACKTEST_EVENTS ?? 1_000_000);
const BACKTEST_EVENTS_PER_ENTERPRISE = Number(process.env.BENCH_BACKTEST_EVENTS_PER_ENTERPRISE ?? 50);
const BACKTEST_BUDGET_S = Number(process.env.BENCH_BACKTEST_BUDGET_S ?? 600);
const BACKTEST_SAMPLE_S = Number(process.env.BENCH_BACKTEST_SAMPLE_S ?? 60);

interface MemoryResult {
  enterprises: number;
  events: number;
  seconds: number;
  rssMb: number;
  baselineRssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  baselineHeapUsedMb: number;
}

interface BacktestResult {
  events: number;
  enterprises: number;
  perEnterprise: number;
  pilotEstimateSeconds: number;
  measuredEvents: number;
  measuredSeconds: number;
  evaluations: number;
  enterprisesChanged: number;
  extrapolated: boolean;
  seconds: number;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function engineCounts(db: Client): Promise<Counts> {
  const [row] = (await db.query<{ events: string; enterprises: string }>(`SELECT (SELECT count(*) FROM risk.events) AS events, (SELECT count(*) FROM risk.enterprise_risk) AS enterprises`)).rows;
  return { events: Number(row.events), enterprises: Number(row.enterprises) };
}

function residentMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) / 1024;
}

async function throughput(enginePid: number): Promise<{ engine: number; raw: number; ratio: number; engineRssMb: number }> {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',');
  const enginePrefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const settings = { KAFKA_BROKERS: brokers, KAFKA_TOPIC_PREFIX: 'bench-raw.', KAFKA_IDEMPOTENT_PRODUCER: false, KAFKA_CREATE_TOPICS: false };
  const kafka = createKafkaClient(settings, 'bench-engine');
  const engineTopic = new TopicNamer(enginePrefix).physical(TOPICS.hrEvents);
  const rawTopic = new TopicNamer(settings.KAFKA_TOPIC_PREFIX).physical(TOPICS.hrEvents);

  const poller = new Client({ connectionString: process.env.DATABASE_URL });
  await poller.connect();
  // The same producer settings as the engine's publishers with KAFKA_IDEMPOTENT_PRODUCER=false.
  const producer = kafka.producer({ createPartitioner: defaultPartitioner, maxInFlightRequests: NON_IDEMPOTENT_MAX_IN_FLIGHT });
  await producer.connect();
  await RawPipeline.createTables(poller);
  const directory = await DirectorySeed.create(poller);
  const raw = await startScript('raw-consumer.ts', [rawTopic, 'bench.raw-pipeline']);

  const deliver = (side: 'engine' | 'raw', events: ReturnType<typeof hrEventStream>, enterprises: number) =>
    timedDelivery({
      producer,
      topic: side === 'engine' ? engineTopic : rawTopic,
      events,
      enterprises,
      produceBatch: PRODUCE_BATCH,
      counts: side === 'engine' ? () => engineCounts(poller) : () => RawPipeline.counts(poller),
    });

  try {
    // A discarded delivery to each side first: consumer groups joined, code optimised by the JIT.
    const warmupIds = freshIds(Math.max(1, Math.floor(WARMUP_EVENTS / 20)));
    await directory.register(warmupIds);
    const warmup = hrEventStream({ events: WARMUP_EVENTS, enterpriseIds: warmupIds, from: new Date('2026-01-01T00:00:00Z'), months: MONTHS, seed: 7 });
    await deliver('raw', warmup, warmupIds.length);
    await deliver('engine', warmup, warmupIds.length);

    const rounds: { engine: number; raw: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Fresh enterprises each round, so every round scores histories that grow from nothing.
      const ids = freshIds(ENTERPRISES);
      await directory.register(ids);
      const events = hrEventStream({ events: EVENTS, enterpriseIds: ids, from: new Date('2026-06-01T00:00:00Z'), months: MONTHS, seed: 1_000 + round });
      const rawSeconds: number[] = [];
      for (let repeat = 0; repeat < RAW_REPEATS; repeat++) {
        // The same events again: the raw tables are emptied so ON CONFLICT finds nothing to skip.
        await RawPipeline.truncate(poller);
        rawSeconds.push(await deliver('raw', events, ids.length));
      }
      const engineSeconds = await deliver('engine', events, ids.length);
      const result = { engine: EVENTS / engineSeconds, raw: EVENTS / median(rawSeconds) };
      rounds.push(result);
      say(
        `round ${round}: engine ${engineSeconds.toFixed(2)} s (${fmt(result.engine)} events/s); ` +
          `raw ${rawSeconds.map((s) => s.toFixed(2)).join(' / ')} s, median ${fmt(result.raw)} events/s; ratio ${(result.engine / result.raw).toFixed(3)}`,
      );
    }
    const scored = await engineCounts(poller);
    const [{ assessments }] = (await poller.query<{ assessments: string }>(`SELECT count(*) AS assessments FROM risk.score_history`)).rows;
    const engineRssMb = residentMb(enginePid);
    say(
      `risk-engine process: ${fmt(scored.events)} events stored (warm-up included), ${fmt(scored.enterprises)} enterprises scored, ` +
        `${fmt(Number(assessments))} assessments recorded in risk.score_history, RSS ${fmt(engineRssMb)} MB`,
    );
    return {
      engine: median(rounds.map((r) => r.engine)),
      raw: median(rounds.map((r) => r.raw)),
      ratio: median(rounds.map((r) => r.engine / r.raw)),
      engineRssMb,
    };
  } finally {
    await raw.stop();
    await producer.disconnect();
    await poller.end();
  }
}

async function main(): Promise<void> {
  const enginePid = Number(process.argv[2]);
  say(
    `events=${fmt(EVENTS)} over ${fmt(ENTERPRISES)} enterprises (${(EVENTS / ENTERPRISES).toFixed(0)} each on average, ${MONTHS} months of business time), ` +
      `produced in batches of ${fmt(PRODUCE_BATCH)}, ${fmt(ROUNDS)} round(s), raw pipeline ${RAW_REPEATS}× per round (median), warm-up ${fmt(WARMUP_EVENTS)} events`,
  );
  const started = performance.now();
  const delivered = await throughput(enginePid);
  say(`phase throughput: ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const memory = await runScript<MemoryResult>('cache-memory.ts', ['--expose-gc'], [MEMORY_ENTERPRISES]);
  say(
    `memory: pure @concord/risk-rules in process, ${fmt(memory.enterprises)} enterprises (${fmt(memory.events)} events) scored in ${memory.seconds.toFixed(1)} s, ` +
      `history, day levels and version of each kept in the engine's EnterpriseHistoryCache; RSS after GC ${fmt(memory.rssMb)} MB ` +
      `(of which node + ts-node + libraries ${fmt(memory.baselineRssMb)} MB before scoring; heap ${fmt(memory.heapTotalMb)} MB of which ${fmt(memory.heapUsedMb)} MB live, ` +
      `${fmt(memory.heapUsedMb - memory.baselineHeapUsedMb)} MB live for the cache = ${(((memory.heapUsedMb - memory.baselineHeapUsedMb) * 1024) / memory.enterprises).toFixed(1)} KB per enterprise)`,
  );

  const backtest = await runScript<BacktestResult>('backtest-time.ts', ['--max-old-space-size=8192'], [BACKTEST_EVENTS, BACKTEST_EVENTS_PER_ENTERPRISE, BACKTEST_BUDGET_S, BACKTEST_SAMPLE_S]);
  const extrapolation = backtest.extrapolated ? ` (extrapolated from ${fmt(backtest.measuredEvents)} events)` : '';
  say(
    `backtest: ${fmt(backtest.events)} events over ${fmt(backtest.enterprises)} enterprises (~${backtest.perEnterprise} each, a year), live DEFAULT_RULE_SET vs BLUE band lowered by 5; ` +
      `measured ${fmt(backtest.measuredEvents)} events in ${backtest.measuredSeconds.toFixed(1)} s (${fmt(backtest.evaluations)} enterprise-days × 2 rule sets, ` +
      `${fmt(backtest.enterprisesChanged)} enterprises would change level)` +
      (backtest.extrapolated ? `; the pilot estimated ${fmt(backtest.pilotEstimateSeconds)} s for all, over the ${BACKTEST_BUDGET_S} s budget, so extrapolated linearly` : ''),
  );

  say(
    `memory measured as: RSS of one node process holding ${fmt(memory.enterprises)} enterprises in the engine's history cache (node --expose-gc, after GC); ` +
      `the risk-engine service itself holds at most RISK_HISTORY_CACHE_ENTRIES of them (default 20,000); after the throughput phase its RSS was ${fmt(delivered.engineRssMb)} MB`,
  );
  say(
    `bench:engine events_per_s=${Math.round(delivered.engine)} raw_events_per_s=${Math.round(delivered.raw)} ratio=${delivered.ratio.toFixed(3)} ` +
      `rss_mb_100k=${Math.round(memory.rssMb)} backtest_1m_s=${backtest.seconds.toFixed(1)}${extrapolation}`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:engine failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
