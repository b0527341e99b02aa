import { randomUUID } from 'node:crypto';
import { HR_EVENT_EXAMPLES, type HrEventType, TOPICS } from '@concord/contracts';
import {
  DEFAULT_RULE_SET,
  EnterpriseHistory,
  INDICATOR_CATALOG,
  type Level,
  assessRisk,
  legalProfileFor,
  recordedEvent,
} from '@concord/risk-rules';
import {
  type ServiceProcess,
  type TestDatabase,
  createTestDatabase,
  freePort,
  installDirectoryFixture,
  produceRaw,
  runServiceCommand,
  serviceTestEnv,
  startServiceProcess,
  testKafkaEnv,
  testRedisEnv,
  waitFor,
  wagePaymentEvent,
} from '@concord/testing';
import { Client } from 'pg';

/** The acceptance size; `RISK_CRASH_EVENTS` makes a quicker run for a developer. */
const EVENTS = Number(process.env.RISK_CRASH_EVENTS ?? 100_000);
/** `RISK_CRASH_PROGRESS=1` prints the stored count at every poll, to see where a slow run stalls. */
const PROGRESS = process.env.RISK_CRASH_PROGRESS === '1';
const PER_ENTERPRISE = 50;
/** The dev broker keeps ~34,000 600-byte events per topic: produce in waves the engine consumes. */
const WAVE = 20_000;
const DAY_MS = 86_400_000;

type HrEvent = { id: string; type: HrEventType; subject: string; time: string; data: unknown } & Record<string, unknown>;

/** A realistic mixed history: a wage run every third event (some late and unpaid), the other HR types between. */
function enterpriseEvents(enterpriseId: string, index: number): HrEvent[] {
  const types = Object.entries(HR_EVENT_EXAMPLES).filter(([type]) => type !== 'concord.hr.wage_payment.v1');
  return Array.from({ length: PER_ENTERPRISE }, (_, i) => {
    const time = new Date(Date.UTC(2025, 0, 1) + (index % 30) * DAY_MS + i * 6 * DAY_MS);
    const id = `crash-${index}-${i}`;
    if (i % 3 === 0) {
      const unpaid = (index + i) % 7 === 0 ? 12 : (index + i) % 5 === 0 ? 3 : 0;
      return wagePaymentEvent({ enterpriseId, headcount: 100, workersUnpaid: unpaid, daysLate: unpaid ? 10 + (i % 40) : 0, period: time.toISOString().slice(0, 7), id }, time);
    }
    const [type, data] = types[(index + i) % types.length];
    return { specversion: '1.0', id, source: 'test/hr', type: type as HrEventType, subject: enterpriseId, time: time.toISOString(), data: structuredClone(data) };
  });
}

/**
 * What an uninterrupted engine must end with: the pure assessment of each whole history, as of its
 * last business day, or as of a later day when a scheduled re-evaluation (a wall-clock slot, hourly
 * by default) ran after the enterprise's last event; an uninterrupted run would hold the same.
 */
function expectedAssessment(enterpriseId: string, events: HrEvent[], storedAsOf: string): { level: Level; score: number; lastDay: string } {
  const history = EnterpriseHistory.of(events.map((event) => recordedEvent(event as Parameters<typeof recordedEvent>[0])));
  const lastDay = history.lastDay() as string;
  const asOf = storedAsOf > lastDay ? storedAsOf : lastDay;
  const profile = { enterpriseId, sector: 'other' as const, jurisdiction: 'CN' as const, province: null, groupId: null, registeredHeadcount: 0 };
  const { level, score } = assessRisk({ history, profile, asOf, ruleSet: DEFAULT_RULE_SET, catalog: INDICATOR_CATALOG, legal: legalProfileFor('CN') });
  return { level, score: score.score, lastDay };
}

/**
 * Issue 4 acceptance: the risk engine is SIGKILLed in the middle of a stream of 100,000 events and
 * restarted; afterwards every event is stored and counted exactly once and every enterprise's
 * assessment equals the one an uninterrupted run gives (the pure library over its whole history).
 */
describe('risk engine killed mid-stream (e2e, real processes)', () => {
  const kafka = testKafkaEnv();
  const enterprises = Array.from({ length: Math.ceil(EVENTS / PER_ENTERPRISE) }, () => randomUUID());
  const events = enterprises.flatMap((id, index) => enterpriseEvents(id, index)).slice(0, EVENTS);
  let db: TestDatabase;
  let sql: Client;
  let env: NodeJS.ProcessEnv;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('concord_risk_crash');
    await installDirectoryFixture(db.url);
    env = serviceTestEnv({ databaseUrl: db.url, kafka, redis: testRedisEnv() });
    const { code, output } = await runServiceCommand('risk-engine', 'migrate', env);
    if (code !== 0) throw new Error(`risk-engine migrate failed:\n${output}`);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await sql?.end();
    await db?.drop();
  });

  const stored = async () => {
    const n = Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM risk.events')).rows[0].n);
    if (PROGRESS) process.stdout.write(`stored ${n}\n`);
    return n;
  };

  async function produce(batch: HrEvent[]): Promise<void> {
    for (let i = 0; i < batch.length; i += 1_000) {
      await produceRaw(kafka, TOPICS.hrEvents, batch.slice(i, i + 1_000).map((event) => ({ key: event.subject, value: JSON.stringify(event) })));
    }
  }

  // A killed consumer's group session must expire (30 s) before its partitions move on.
  const budgetMs = 120_000 + EVENTS * 10;

  it(`counts ${EVENTS} events exactly once across a SIGKILL, with scores equal to an uninterrupted run`, async () => {
    const testStartedOn = new Date().toISOString().slice(0, 10);
    let engine = await startServiceProcess('risk-engine', await freePort(), env);
    processes.push(engine);
    let killed = false;
    for (let start = 0; start < events.length; start += WAVE) {
      const wave = events.slice(start, start + WAVE);
      await produce(wave);
      if (!killed) {
        // Kill once part of the wave is stored and the rest is in flight.
        await waitFor('part of the wave to be stored', async () => (await stored()) >= start + wave.length / 3, { timeoutMs: 300_000, intervalMs: 50 });
        await engine.stop('SIGKILL');
        killed = true;
        engine = await startServiceProcess('risk-engine', await freePort(), env);
        processes.push(engine);
      }
      await waitFor(`the wave up to ${start + wave.length} to be stored`, async () => (await stored()) >= start + wave.length, { timeoutMs: 600_000, intervalMs: 250 });
    }

    const counts = await sql.query<{ events: string; distinct: string; inbox: string }>(
      `SELECT (SELECT count(*) FROM risk.events) AS events, (SELECT count(DISTINCT event_id) FROM risk.events) AS distinct,
              (SELECT count(*) FROM risk.inbox) AS inbox`,
    );
    expect(counts.rows[0]).toEqual({ events: String(EVENTS), distinct: String(EVENTS), inbox: String(EVENTS) });

    const bySubject = new Map<string, HrEvent[]>();
    for (const event of events) bySubject.set(event.subject, [...(bySubject.get(event.subject) ?? []), event]);
    // The last batch's assessment commits with its events: wait until every enterprise has one as of its last day.
    await waitFor('every enterprise assessed', async () => Number((await sql.query<{ n: string }>('SELECT count(*) AS n FROM risk.enterprise_risk')).rows[0].n) === bySubject.size, {
      timeoutMs: 60_000,
    });
    const { rows } = await sql.query<{ enterprise_id: string; level: Level; score: number; as_of: string }>(
      `SELECT enterprise_id, level, score, to_char(as_of AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS as_of FROM risk.enterprise_risk`,
    );
    // A stored day after the history's last one can only be a re-evaluation slot's day, which falls within the test.
    const slotDays = new Set([testStartedOn, new Date().toISOString().slice(0, 10)]);
    const mismatches = rows.filter((row) => {
      const expected = expectedAssessment(row.enterprise_id, bySubject.get(row.enterprise_id) ?? [], row.as_of);
      const dayExplained = row.as_of === expected.lastDay || (row.as_of > expected.lastDay && slotDays.has(row.as_of));
      return !dayExplained || expected.level !== row.level || expected.score !== row.score;
    });
    expect(mismatches).toEqual([]);
    const levels = rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.level]: (acc[row.level] ?? 0) + 1 }), {});
    process.stdout.write(`risk-engine crash: ${EVENTS} events, ${rows.length} enterprises, levels ${JSON.stringify(levels)}, 0 lost, 0 duplicated\n`);
  }, budgetMs);
});
