import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { type CaseStage, type CaseState, openCase } from '@concord/case-workflow';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  createTestDatabase,
  deleteRedisKeys,
  freePort,
  installDirectoryFixture,
  serviceTestEnv,
  type TestDatabase,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
} from '@concord/testing';
import { Client } from 'pg';
import { loadCaseServiceConfig } from '../case-service.config';
import { CaseServiceModule, SERVICE_NAME } from '../case-service.module';
import { casesDatabaseOptions } from '../cases-database';
import { caseStateToJson } from '../cases/case-state.codec';
import type { CaseClock } from '../deadlines/case-deadline.config';

/** Thursday 6 March 2025, 18:00 in Shanghai: the scrape's "now". */
const NOW = new Date('2025-03-06T10:00:00Z');

/**
 * Stands in 2020 while the service boots, so its start-up sweep finds no overdue timer to act on
 * (acting would move the cases this test placed in their stages), then at NOW for the scrape.
 */
class TestClock implements CaseClock {
  at = new Date('2020-01-01T00:00:00Z');
  now(): Date {
    return this.at;
  }
}

/** A case of the default periods (3 working days to accept, 15 days of mediation, limitation warned 30 days ahead), received at 10:00 in Shanghai. */
function caseReceived(day: string, stage: CaseStage, changes: Partial<CaseState> = {}): CaseState {
  const receivedAt = new Date(`${day}T02:00:00Z`);
  return { ...openCase({ caseId: randomUUID(), jurisdiction: 'CN', level: 'ORANGE', receivedAt, limitationFrom: null }), stage, ...changes };
}

const CASES: CaseState[] = [
  // Acceptance ends Thursday 6 March 24:00: its last day has begun.
  caseReceived('2025-03-03', 'assigned', { assignedAt: new Date('2025-03-03T02:00:00Z'), mediatorIds: ['m-1'] }),
  // Acceptance ended Tuesday 4 March 24:00 and the timer did not reassign it (nobody else was eligible).
  caseReceived('2025-02-27', 'assigned', { assignedAt: new Date('2025-02-27T02:00:00Z'), mediatorIds: ['m-1'] }),
  // Mediation received 19 February ends 6 March 24:00.
  caseReceived('2025-02-19', 'in_mediation', { firstMeetingAt: new Date('2025-02-20T02:00:00Z') }),
  caseReceived('2025-02-19', 'accepted', { mediatorIds: ['m-2'], acceptedBy: ['m-2'] }),
  // Mediation received 10 February ended 25 February.
  caseReceived('2025-02-10', 'in_mediation', { firstMeetingAt: new Date('2025-02-11T02:00:00Z') }),
  // The worker's claim from 20 March 2024 runs out on 20 March 2025: inside the watchdog's 30 days.
  caseReceived('2025-02-10', 'failed', { limitationFrom: new Date('2024-03-20T02:00:00Z') }),
  // The agreement was to be performed by 1 March.
  caseReceived('2025-01-10', 'performance_monitoring', { performBy: new Date('2025-03-01T02:00:00Z') }),
  // Nothing at risk: received yesterday; closed, or in arbitration, however old.
  caseReceived('2025-03-05', 'in_mediation'),
  caseReceived('2024-01-10', 'closed', { limitationFrom: new Date('2023-03-01T02:00:00Z') }),
  caseReceived('2024-01-10', 'arbitration', { limitationFrom: new Date('2023-03-01T02:00:00Z') }),
];

/** The gauge's series in a scrape, as "kind state" → value. */
function deadlinesAtRisk(scrape: string): Record<string, number> {
  const series = [...scrape.matchAll(/^concord_case_deadlines_at_risk\{kind="(\w+)",state="(\w+)",service="case-service"\} (\d+)$/gm)];
  return Object.fromEntries(series.map(([, kind, state, value]) => [`${kind} ${state}`, Number(value)]));
}

describe('case-service: concord_case_deadlines_at_risk (integration)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let metricsUrl: string;
  const clock = new TestClock();
  const redis = testRedisEnv(uniqueName('case_metrics'));

  beforeAll(async () => {
    db = await createTestDatabase('concord_case_metrics');
    await installDirectoryFixture(db.url);
    await migrateServiceSchema(casesDatabaseOptions(db.url), 'up');
    const metricsPort = await freePort();
    const config = loadCaseServiceConfig(
      serviceTestEnv({ databaseUrl: db.url, kafka: testKafkaEnv(uniqueName('case_metrics')), redis, extra: { METRICS_PORT: String(metricsPort), CASE_DEADLINE_SWEEP_MS: '3600000' } }),
    );
    app = await startService({
      rootModule: CaseServiceModule.forRoot(config, { clock }),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('case_metrics') }),
    });
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      for (const state of CASES) {
        await client.query(`INSERT INTO cases.cases (id, enterprise_id, level, status, category, state) VALUES ($1, $2, 'ORANGE', $3, 'pay', $4)`, [
          state.caseId,
          randomUUID(),
          state.stage,
          JSON.stringify(caseStateToJson(state)),
        ]);
      }
    } finally {
      await client.end();
    }
    clock.at = NOW;
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(redis.REDIS_URL, redis.REDIS_KEY_PREFIX);
  });

  it('counts the open cases’ deadlines that are due within a day or overdue, per kind, on the metrics port', async () => {
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(deadlinesAtRisk(await response.text())).toEqual({
      'acceptance due_soon': 1,
      'acceptance overdue': 1,
      'mediation due_soon': 2,
      'mediation overdue': 1,
      'performance due_soon': 0,
      'performance overdue': 1,
      'limitation due_soon': 1,
      'limitation overdue': 0,
    });
  });
});
