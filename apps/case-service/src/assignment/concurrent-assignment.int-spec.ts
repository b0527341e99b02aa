import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { EventPublisher, KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  createTestDatabase,
  installDirectoryFixture,
  serviceTestEnv,
  syntheticRiskAlert,
  type TestDatabase,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadCaseServiceConfig } from '../case-service.config';
import { CaseServiceModule, SERVICE_NAME } from '../case-service.module';
import { casesDatabaseOptions } from '../cases-database';
import { type OpenCaseOutcome, OpenCaseForAlertUseCase } from '../cases/use-cases/open-case-for-alert.use-case';

const CASES = 200;
const MEDIATORS = 10;
/** 10 × 8 = 80 slots for 200 cases: capacity binds, so the ledger decides who gets the last slots. */
const CAPACITY = 8;

const region = { county: randomUUID(), street: randomUUID(), community: randomUUID(), elsewhere: randomUUID() };
const mediatorIds = Array.from({ length: MEDIATORS }, () => randomUUID());
const enterpriseIds = Array.from({ length: CASES }, () => randomUUID());
/** outside every mediator's jurisdiction: its case proves the consumers run, and takes no slot */
const warmUpEnterprise = randomUUID();

/**
 * "200 cases opened concurrently against 10 mediators: no capacity exceeded, no case left
 * unassigned while an eligible mediator had room." The race is real: two app instances, each with
 * its own connection pool; instance a consumes risk.alerts four partitions at a time, while half
 * of the same alerts are handed to instance b's use case directly, all at once, so every
 * assignment contends for the same ledger rows and half of the alerts also race their own
 * redelivery through the inbox and the one-case-per-alert constraint.
 */
describe('case-service: concurrent assignment against a binding capacity (integration)', () => {
  let db: TestDatabase;
  let apps: INestApplication[] = [];
  let sql: Client;

  beforeAll(async () => {
    db = await createTestDatabase('concord_cases_race');
    await seedDirectory(db.url);
    await migrateServiceSchema(casesDatabaseOptions(db.url), 'up');
    const kafka = testKafkaEnv(uniqueName('cases_race'));
    // Both instances share the Redis prefix, as two replicas of the service would.
    const config = loadCaseServiceConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis: testRedisEnv(uniqueName('cases_race')) }));
    const groupId = uniqueName('cases_race');
    // One consuming member: the dev broker sometimes fails a consumer group's SyncGroup when two
    // members join at once (a broker limit, not ours), and the direct calls race it just the same.
    apps = [
      await startService({
        rootModule: CaseServiceModule.forRoot(config),
        port: 0,
        consumer: new KafkaConsumerServer({ kafka: config, clientId: `${SERVICE_NAME}-a`, groupId, partitionsConcurrently: 4 }),
      }),
      await startService({ rootModule: CaseServiceModule.forRoot(config), port: 0 }),
    ];
    // Two pools, not one shared through a process-wide registry (@nestjs/typeorm warns, but keeps them apart).
    expect(apps[0].get(DataSource)).not.toBe(apps[1].get(DataSource));
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    // The consumer runs before the burst starts.
    await apps[0].get(EventPublisher).publish(TOPICS.riskAlerts, [syntheticRiskAlert({ enterpriseId: warmUpEnterprise, alertId: randomUUID(), level: 'ORANGE' })]);
    await waitFor('the warm-up alert’s case', async () => (await casesCount([warmUpEnterprise])) === 1, { timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await sql?.end();
    await Promise.all(apps.map((app) => app.close()));
    await db?.drop();
  });

  async function casesCount(enterprises: string[]): Promise<number> {
    const { rows } = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM cases.cases WHERE enterprise_id = ANY ($1::uuid[])`, [enterprises]);
    return rows[0].n;
  }

  it('opens 200 cases once each, never exceeds a capacity and leaves a case in triage only when every eligible mediator is full', async () => {
    const alerts = enterpriseIds.map((enterpriseId) => syntheticRiskAlert({ enterpriseId, alertId: randomUUID(), level: 'ORANGE' }));
    const useCases = apps.map((app) => app.get(OpenCaseForAlertUseCase));
    // Calls through: only counts what the consumer handed instance a; the direct calls below bypass the spy.
    const deliveries = jest.spyOn(useCases[0], 'execute');
    const direct = OpenCaseForAlertUseCase.prototype.execute.bind(useCases[1]);
    const started = Date.now();

    // All 200 to Kafka in one send (keyed by enterprise, so spread over the topic's partitions),
    // and at the same moment every other one straight into the use case, last first.
    const [, outcomes] = await Promise.all([
      apps[0].get(EventPublisher).publish(TOPICS.riskAlerts, alerts),
      Promise.all(
        alerts
          .filter((_, i) => i % 2 === 0)
          .reverse()
          .map((alert) => direct(alert)),
      ),
    ]);
    await waitFor('every alert to have its case', async () => (await casesCount(enterpriseIds)) >= CASES, { timeoutMs: 45_000, intervalMs: 50 });
    const elapsedMs = Date.now() - started;

    const { rows: cases } = await sql.query<{ id: string; alert_id: string; enterprise_id: string; status: string; triage_reason: { excluded: { mediatorId: string; filter: string }[] } | null }>(
      `SELECT id, alert_id, enterprise_id, status, triage_reason FROM cases.cases WHERE enterprise_id = ANY ($1::uuid[])`,
      [enterpriseIds],
    );
    const { rows: active } = await sql.query<{ case_id: string; mediator_id: string }>(
      `SELECT a.case_id, a.mediator_id FROM cases.case_assignments a JOIN cases.cases c ON c.id = a.case_id WHERE a.active AND c.enterprise_id = ANY ($1::uuid[])`,
      [enterpriseIds],
    );
    const { rows: ledger } = await sql.query<{ mediator_id: string; open_cases: number }>(`SELECT mediator_id, open_cases FROM cases.mediator_load`);

    // One case per alert and enterprise: the direct calls and the deliveries did not both open one.
    expect(cases).toHaveLength(CASES);
    expect(new Set(cases.map((c) => c.alert_id)).size).toBe(CASES);
    expect(new Set(cases.map((c) => c.enterprise_id)).size).toBe(CASES);

    const assigned = cases.filter((c) => c.status === 'assigned');
    const triage = cases.filter((c) => c.status === 'triage');
    expect(assigned.length + triage.length).toBe(CASES);

    // Each assigned case has exactly one active mediator, a triage case none.
    const activeByCase = countBy(active.map((a) => a.case_id));
    expect(assigned.every((c) => activeByCase.get(c.id) === 1)).toBe(true);
    expect(triage.every((c) => !activeByCase.has(c.id))).toBe(true);

    // No mediator past capacity, and the ledger agrees with the active assignments.
    const loadOf = countBy(active.map((a) => a.mediator_id));
    const maxLoad = Math.max(...mediatorIds.map((id) => loadOf.get(id) ?? 0));
    expect(maxLoad).toBeLessThanOrEqual(CAPACITY);
    expect(new Map(ledger.map((row) => [row.mediator_id, row.open_cases]))).toEqual(new Map(mediatorIds.map((id) => [id, loadOf.get(id) ?? 0])));

    // Nobody left waiting while a slot was free: every slot is taken, and every case in triage
    // was refused by all ten mediators for capacity alone, i.e. when all of them were full.
    expect(assigned).toHaveLength(Math.min(CASES, MEDIATORS * CAPACITY));
    for (const c of triage) {
      expect(c.triage_reason?.excluded).toEqual(expect.arrayContaining(mediatorIds.map((mediatorId) => ({ mediatorId, filter: 'capacity' }))));
      expect(c.triage_reason?.excluded).toHaveLength(MEDIATORS);
    }

    const directOutcomes = countBy<OpenCaseOutcome>(outcomes);
    console.log(
      `concurrent assignment: cases=${cases.length} assigned=${assigned.length} triage=${triage.length} ` +
        `maxLoad/capacity=${maxLoad}/${CAPACITY} totalCapacity=${MEDIATORS * CAPACITY} ` +
        `kafkaDeliveries=${deliveries.mock.calls.length} direct=${JSON.stringify(Object.fromEntries(directOutcomes))} elapsedMs=${elapsedMs}`,
    );
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         SELECT id, 'Racer ' || n, 'code-' || id, $2::uuid, ARRAY[$3::uuid, $4::uuid, $2::uuid], 'manufacturing', 300, gen_random_uuid()
           FROM unnest($1::uuid[]) WITH ORDINALITY AS e(id, n)`,
        [enterpriseIds, region.community, region.county, region.street],
      );
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, 'Elsewhere Ltd', 'code-elsewhere', $2, ARRAY[$2::uuid], 'manufacturing', 300, gen_random_uuid())`,
        [warmUpEnterprise, region.elsewhere],
      );
      await client.query(
        `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity)
         SELECT id, 'Mediator ' || n, '{street}', ARRAY[$2::uuid], '{zh-CN}', '{pay}', '{manufacturing}', $3
           FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, n)`,
        [mediatorIds, region.street, CAPACITY],
      );
    } finally {
      await client.end();
    }
  }
});

function countBy<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
