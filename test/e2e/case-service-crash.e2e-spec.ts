import { randomUUID } from 'node:crypto';
import { TOPICS } from '@concord/contracts';
import {
  type RedisServer,
  type ServiceProcess,
  type TestDatabase,
  createTestDatabase,
  freePort,
  installDirectoryFixture,
  produceRaw,
  runServiceCommand,
  serviceTestEnv,
  startRedisServer,
  startServiceProcess,
  syntheticRiskAlert,
  testKafkaEnv,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';

/** `CASE_CRASH_ALERTS` makes a quicker run for a developer. */
const ALERTS = Number(process.env.CASE_CRASH_ALERTS ?? 300);
const MEDIATORS = 20;
/** Room for every case twice over: each is assigned once, then reassigned once when its acceptance lapses. */
const CAPACITY = Math.ceil((ALERTS * 2) / MEDIATORS);

/**
 * Issue 6 acceptance: the case service is SIGKILLed in the middle of a stream of ORANGE alerts,
 * and its Redis (which keeps nothing on disk, as on this machine) restarts empty. The restarted
 * service opens the remaining cases, no case is duplicated or lost, the capacity ledger still
 * matches the assignments, and the deadline timers Redis lost still fire: every case's acceptance
 * is then made overdue in the database (as if three working days had passed), and the sweeper
 * re-creates each timer, which reassigns the case once.
 */
describe('case service killed and its Redis restarted mid-stream (e2e, real processes)', () => {
  const kafka = testKafkaEnv();
  const street = randomUUID();
  const enterprises = Array.from({ length: ALERTS }, () => ({ id: randomUUID(), alertId: randomUUID() }));
  let db: TestDatabase;
  let sql: Client;
  let redis: RedisServer;
  let env: NodeJS.ProcessEnv;
  const processes: ServiceProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('concord_case_crash');
    await installDirectoryFixture(db.url);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    await sql.query(
      `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
       SELECT e.id, 'Enterprise ' || e.n, 'code-' || e.n, $2, ARRAY[$2]::uuid[], 'manufacturing', 100, gen_random_uuid()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS e(id, n)`,
      [enterprises.map((e) => e.id), street],
    );
    await sql.query(
      `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity)
       SELECT gen_random_uuid(), 'Mediator ' || n, ARRAY['street', 'county'], ARRAY[$1]::uuid[], ARRAY['zh-CN'], ARRAY['pay'], ARRAY['manufacturing'], $2
         FROM generate_series(1, $3) AS n`,
      [street, CAPACITY, MEDIATORS],
    );
    redis = await startRedisServer(await freePort());
    env = {
      ...serviceTestEnv({ databaseUrl: db.url, kafka, redis: { REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'case-crash' } }),
      CASE_DEADLINE_SWEEP_MS: '1000',
    };
    const { code, output } = await runServiceCommand('case-service', 'migrate', env);
    if (code !== 0) throw new Error(`case-service migrate failed:\n${output}`);
  });

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await redis?.stop();
    await sql?.end();
    await db?.drop();
  });

  const count = async (query: string) => Number((await sql.query<{ n: string }>(query)).rows[0].n);

  it(`opens each of ${ALERTS} cases once across a SIGKILL and an emptied Redis, and their timers still fire`, async () => {
    let service = await startServiceProcess('case-service', await freePort(), env);
    processes.push(service);
    const events = enterprises.map((e) => syntheticRiskAlert({ enterpriseId: e.id, alertId: e.alertId, level: 'ORANGE' }));
    for (let i = 0; i < events.length; i += 50) {
      await produceRaw(kafka, TOPICS.riskAlerts, events.slice(i, i + 50).map((event) => ({ key: event.subject, value: JSON.stringify(event) })));
    }
    await waitFor('a third of the cases to open', async () => (await count(`SELECT count(*) AS n FROM cases.cases`)) >= ALERTS / 3, { timeoutMs: 120_000, intervalMs: 20 });
    await service.stop('SIGKILL');
    const atKill = await count(`SELECT count(*) AS n FROM cases.cases`);
    await redis.restart();
    service = await startServiceProcess('case-service', await freePort(), env);
    processes.push(service);

    await waitFor('every case open and assigned', async () => (await count(`SELECT count(*) AS n FROM cases.cases WHERE status = 'assigned'`)) === ALERTS, {
      timeoutMs: 180_000,
      intervalMs: 250,
    });
    expect(await count(`SELECT count(*) AS n FROM cases.cases`)).toBe(ALERTS);
    expect(await count(`SELECT count(DISTINCT alert_id) AS n FROM cases.cases`)).toBe(ALERTS);
    expect(await count(`SELECT count(*) AS n FROM cases.case_assignments WHERE active`)).toBe(ALERTS);
    expect(await ledgerMismatches()).toBe(0);
    // One opening announced per case, whatever was redelivered.
    expect(await count(`SELECT count(DISTINCT event_id) AS n FROM cases.outbox WHERE event_id LIKE 'case:%:opened'`)).toBe(ALERTS);
    expect(await count(`SELECT count(*) AS n FROM cases.outbox WHERE event_id LIKE 'case:%:opened'`)).toBe(ALERTS);

    // As if the acceptance period had passed: Redis lost the delayed jobs, so only the sweeper can fire them.
    await sql.query(`UPDATE cases.cases SET state = jsonb_set(state, '{assignedAt}', to_jsonb('2026-01-05T01:00:00.000Z'::text))`);
    await waitFor('every lapsed acceptance to reassign its case', async () => (await count(`SELECT count(*) AS n FROM cases.case_transitions WHERE command = 'reassign'`)) === ALERTS, {
      timeoutMs: 180_000,
      intervalMs: 500,
    });
    expect(await count(`SELECT count(*) AS n FROM cases.case_timer_firings WHERE kind = 'acceptance_overdue'`)).toBe(ALERTS);
    expect(await count(`SELECT count(*) AS n FROM cases.case_assignments WHERE active`)).toBe(ALERTS);
    expect(await ledgerMismatches()).toBe(0);
    process.stdout.write(
      `case-service crash: ${ALERTS} ORANGE alerts, ${atKill} cases before the kill, Redis emptied, ${ALERTS} cases after (0 lost, 0 duplicated), ` +
        `${ALERTS} acceptance timers fired by the sweeper, each case reassigned once\n`,
    );
  }, 600_000);

  /** Mediators whose recorded load differs from their active assignments. */
  function ledgerMismatches(): Promise<number> {
    return count(
      `SELECT count(*) AS n FROM cases.mediator_load l
        WHERE l.open_cases <> (SELECT count(*) FROM cases.case_assignments a WHERE a.mediator_id = l.mediator_id AND a.active)`,
    );
  }
});
