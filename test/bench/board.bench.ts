/**
 * `npm run bench:board`: GET /v1/board on the built risk-engine over HTTP, with 10,000 enterprises
 * in one county's streets and communities and a year of score history (one assessment per
 * enterprise per day: 3.65 million rows), against raw baselines measured in the same run: a plain
 * SELECT of the 10,000 current-risk rows through pg (the last line's raw_p99_ms), and an HTTP round
 * trip to the same service's /health/live.
 *
 * The history is inserted straight into the tables with generate_series (see board/board-history.ts),
 * and level_changes rebuilt by its migration's backfill: this measures reads, not the write path.
 * Started by scripts/bench/board.sh with the migrated database, the running engine's URL and its
 * JWT secret in JWT_SECRET.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { seedBoardDirectory } from './board/board-directory';
import { seedScoreHistory } from './board/board-history';
import { type Latency, measure } from './board/latency';
import { rebuildLevelChanges } from './board/level-changes-backfill';

const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 10_000);
const HISTORY_DAYS = Number(process.env.BENCH_HISTORY_DAYS ?? 365);
const ASSESS_EVERY_DAYS = Number(process.env.BENCH_ASSESS_EVERY_DAYS ?? 1);
const STREETS = Number(process.env.BENCH_STREETS ?? 12);
const COMMUNITIES_PER_STREET = Number(process.env.BENCH_COMMUNITIES_PER_STREET ?? 8);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 10);

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

const ms = (value: number) => value.toFixed(1);
const describe = (name: string, latency: Latency) => `${name.padEnd(34)} p50 ${ms(latency.p50).padStart(7)} ms   p99 ${ms(latency.p99).padStart(7)} ms   (${latency.samples} requests)`;

async function timed<T>(what: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  say(`${what} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

async function main(): Promise<void> {
  const [baseUrl] = process.argv.slice(2);
  const databaseUrl = process.env.DATABASE_URL;
  const secret = process.env.JWT_SECRET;
  if (!baseUrl || !databaseUrl || !secret) throw new Error('usage: board.bench.ts <risk-engine url>, with DATABASE_URL and JWT_SECRET set');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const regions = await timed(`directory: 1 county, ${STREETS} streets, ${STREETS * COMMUNITIES_PER_STREET} communities, ${ENTERPRISES.toLocaleString('en-US')} enterprises`, () =>
      seedBoardDirectory(db, { enterprises: ENTERPRISES, streets: STREETS, communitiesPerStreet: COMMUNITIES_PER_STREET }),
    );
    const rows = await timed(`score history: ${HISTORY_DAYS} days, one assessment per enterprise every ${ASSESS_EVERY_DAYS} day(s) (inserted with SQL, not scored)`, () =>
      seedScoreHistory(db, { days: HISTORY_DAYS, everyDays: ASSESS_EVERY_DAYS }),
    );
    await timed(`level_changes backfilled from ${rows.toLocaleString('en-US')} score_history rows by its migration`, () => rebuildLevelChanges(databaseUrl));
    await db.query('VACUUM ANALYZE');
    const [facts] = (
      await db.query<{ changes: string; today: string; not_green: string }>(
        `SELECT (SELECT count(*) FROM risk.level_changes) AS changes,
                (SELECT count(*) FROM risk.level_changes WHERE day = current_date) AS today,
                (SELECT count(*) FROM risk.enterprise_risk WHERE level <> 'GREEN') AS not_green`,
      )
    ).rows;
    say(`${Number(facts.changes).toLocaleString('en-US')} level changes in the year (${facts.today} today); ${facts.not_green} enterprises not GREEN now`);

    // County-scoped federation staff: sees all 10,000.
    const token = new JwtService({ secret }).sign(
      { sub: '00000000-0000-4000-8000-00000000b0a2', roles: ['federation_staff'], regionId: regions.countyId, enterpriseId: null },
      { algorithm: 'HS256', expiresIn: 3600 },
    );
    const get = (path: string) => async () => {
      const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    };
    const queries: [string, string][] = [
      ['board, county scope, no filter', '/v1/board'],
      ['board, one street', `/v1/board?regionId=${regions.streetIds[0]}`],
      ['board, level RED', '/v1/board?level=RED'],
    ];
    const sample = (await (await fetch(`${baseUrl}/v1/board`, { headers: { authorization: `Bearer ${token}` } })).json()) as { total: number; trend: unknown[]; changes: unknown[] };
    if (sample.total !== ENTERPRISES) throw new Error(`the board shows ${sample.total} enterprises, not ${ENTERPRISES}`);
    say(`the board answers total=${sample.total}, ${sample.trend.length} trend days, ${sample.changes.length} changes since yesterday`);

    // Latency on a shared machine depends on what else runs: say how loaded it was.
    say(`measuring on ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
    const boards: Latency[] = [];
    for (const [name, path] of queries) {
      const latency = await measure(REQUESTS, WARMUP, get(path));
      boards.push(latency);
      say(describe(`GET ${name}`, latency));
    }
    const raw = await measure(REQUESTS, WARMUP, async () => {
      await db.query('SELECT enterprise_id, level, score FROM risk.enterprise_risk');
    });
    say(describe('raw: SELECT 10,000 enterprise_risk', raw));
    const health = await measure(REQUESTS, WARMUP, async () => {
      const response = await fetch(`${baseUrl}/health/live`);
      await response.arrayBuffer();
    });
    say(describe('raw: GET /health/live', health));

    const p99 = Math.max(...boards.map((latency) => latency.p99));
    const p50 = Math.max(...boards.map((latency) => latency.p50));
    say(`the slowest board query's p99 is ${(p99 / raw.p99).toFixed(1)}× the raw SELECT's; target p99 < 1000 ms: ${p99 < 1000 ? 'met' : 'NOT met'}`);
    say(`bench:board p99_ms=${Math.round(p99)} p50_ms=${Math.round(p50)} raw_p99_ms=${Math.round(raw.p99)} enterprises=${ENTERPRISES} history_days=${HISTORY_DAYS}`);
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
