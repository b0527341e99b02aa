import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { type CaseOpenedV1, type CaseStageChangedV1, type MediatorAssignedV1, TOPICS, type TopicName, type WagePaymentV1 } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import { type TestDatabase, createTestDatabase, installDirectoryFixture, serviceTestEnv, testKafkaEnv, testRedisEnv, uniqueName, waitFor } from '@concord/testing';
import { DEFAULT_RULE_SET, type RuleSet, validateRuleSet } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { ENGINE_CONSUMING } from '../../engine-consuming';
import { MediationFeedbackRules1797300000000 } from '../../migrations/1797300000000-mediation-feedback-rules';
import { DAILY_REEVALUATION } from '../../../test/risk-engine-test-app';
import { riskDatabaseOptions } from '../../risk-database';
import { loadRiskEngineConfig } from '../../risk-engine.config';
import { RiskEngineModule, SERVICE_NAME } from '../../risk-engine.module';

/** The slice of the kafkajs client this test drives (kafkajs stays inside libs/kafka). */
interface RawKafka {
  producer(): RawProducer;
}
interface RawProducer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(record: { topic: string; acks: number; messages: { key: string; value: string }[] }): Promise<unknown>;
}

type CaseStage = CaseStageChangedV1['data']['to'];

/**
 * 12 of 100 workers owed January's wages (due 2024-02-10), reported on `day`: W1 +40, W3 +15,
 * W3L floor ORANGE — ORANGE at 55 points. Or, with `paid`, a month paid in full on time.
 */
function wageEvent(enterpriseId: string, day: string, paid?: { period: string; payDate: string }): WagePaymentV1 {
  return {
    specversion: '1.0',
    id: `evt-wage-${randomUUID()}`,
    source: `enterprise/${enterpriseId}/hr`,
    type: 'concord.hr.wage_payment.v1',
    subject: enterpriseId,
    time: `${day}T02:00:00.000Z`,
    datacontenttype: 'application/json',
    data: {
      period: paid?.period ?? '2024-01',
      scheduledPayDate: paid?.payDate ?? '2024-02-10',
      actualPayDate: paid?.payDate ?? null,
      headcount: 100,
      workersDue: 100,
      workersPaid: paid ? 100 : 88,
      amountDueMinor: 60_000_000,
      amountPaidMinor: paid ? 60_000_000 : 57_120_000,
      currency: 'CNY',
    },
  };
}

function envelope<T extends string, D>(enterpriseId: string, type: T, day: string, data: D) {
  return { specversion: '1.0' as const, id: `evt-case-${randomUUID()}`, source: 'concord/case-service', type, subject: enterpriseId, time: `${day}T02:00:00.000Z`, datacontenttype: 'application/json' as const, data };
}

function caseOpened(enterpriseId: string, caseId: string, day: string): CaseOpenedV1 {
  return envelope(enterpriseId, 'concord.case.opened.v1', day, { caseId, enterpriseId, alertId: null, level: 'ORANGE', collective: false, openedAt: `${day}T02:00:00.000Z` });
}

function stageChanged(enterpriseId: string, caseId: string, day: string, from: CaseStage, to: CaseStage, command: string): CaseStageChangedV1 {
  return envelope(enterpriseId, 'concord.case.stage_changed.v1', day, {
    caseId,
    enterpriseId,
    from,
    to,
    command,
    tier: 'street',
    mediatorIds: [],
    note: `${command}: ${from} → ${to}`,
    changedAt: `${day}T02:00:00.000Z`,
  });
}

function mediatorAssigned(enterpriseId: string, caseId: string, day: string): MediatorAssignedV1 {
  return envelope(enterpriseId, 'concord.case.mediator_assigned.v1', day, { caseId, enterpriseId, mediatorIds: [randomUUID()], reason: 'nearest free mediator', assignedAt: `${day}T02:00:00.000Z` });
}

describe('case.events feed back into risk through Kafka (integration)', () => {
  const kafka = testKafkaEnv(uniqueName('risk-cases'));
  let db: TestDatabase;
  let app: INestApplication;
  let dataSource: DataSource;
  let producer: RawProducer;

  beforeAll(async () => {
    db = await createTestDatabase('risk_engine_cases_t');
    await installDirectoryFixture(db.url);
    await migrateServiceSchema(riskDatabaseOptions(db.url), 'up');
    const config = loadRiskEngineConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis: testRedisEnv(), extra: DAILY_REEVALUATION }));
    app = await startService({
      rootModule: RiskEngineModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka, clientId: SERVICE_NAME, groupId: uniqueName('risk-engine'), ...ENGINE_CONSUMING }),
    });
    dataSource = app.get(DataSource);
    producer = new KafkaConsumerServer({ kafka, clientId: 'risk-cases-int-spec', groupId: 'unused' }).unwrap<RawKafka>().producer();
    await producer.connect();
  });

  afterAll(async () => {
    await app?.close();
    await producer?.disconnect();
    await db?.drop();
  });

  async function publish(topic: TopicName, key: string, ...events: { id: string }[]): Promise<void> {
    await producer.send({ topic: `${kafka.KAFKA_TOPIC_PREFIX}${topic}`, acks: -1, messages: events.map((event) => ({ key, value: JSON.stringify(event) })) });
  }

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  /** The enterprise's risk once the event `triggerEventId` has been scored. */
  async function scoredBy(enterpriseId: string, triggerEventId: string): Promise<{ level: string; score: number; ruleIds: string[] }> {
    await waitFor(`event ${triggerEventId} to be scored`, async () => (await count(`risk.score_history WHERE trigger_event_id = $1`, [triggerEventId])) === 1, { timeoutMs: 60_000 });
    const [row] = await dataSource.query<{ level: string; score: number; fired: { ruleId: string }[] }[]>(`SELECT level, score, fired FROM risk.enterprise_risk WHERE enterprise_id = $1`, [
      enterpriseId,
    ]);
    return { level: row.level, score: row.score, ruleIds: row.fired.map((rule) => rule.ruleId) };
  }

  describe('a failed mediation', () => {
    const enterpriseId = randomUUID();
    const caseId = randomUUID();
    const failure = stageChanged(enterpriseId, caseId, '2024-04-02', 'in_mediation', 'failed', 'fail');

    it('raises the score of an ORANGE enterprise (D4 +15)', async () => {
      const arrears = wageEvent(enterpriseId, '2024-03-16');
      await publish(TOPICS.hrEvents, enterpriseId, arrears);
      expect(await scoredBy(enterpriseId, arrears.id)).toEqual({ level: 'ORANGE', score: 55, ruleIds: ['W1', 'W3', 'W3L'] });

      const opened = caseOpened(enterpriseId, caseId, '2024-03-17');
      await publish(TOPICS.caseEvents, enterpriseId, opened, stageChanged(enterpriseId, caseId, '2024-03-18', 'accepted', 'in_mediation', 'start_mediation'), failure);
      expect(await scoredBy(enterpriseId, failure.id)).toEqual({ level: 'ORANGE', score: 70, ruleIds: ['W1', 'W3', 'W3L', 'D4'] });
      expect(await count(`risk.events WHERE enterprise_id = $1 AND type LIKE 'concord.case.%'`, [enterpriseId])).toBe(3);
    });

    it('ignores a redelivery of the same case event: no second row or score', async () => {
      // Same key, so same partition: once the marker is scored, the redelivery before it was handled.
      const marker = mediatorAssigned(enterpriseId, caseId, '2024-04-02');
      await publish(TOPICS.caseEvents, enterpriseId, failure, marker);
      expect(await scoredBy(enterpriseId, marker.id)).toEqual({ level: 'ORANGE', score: 70, ruleIds: ['W1', 'W3', 'W3L', 'D4'] });
      expect(await count(`risk.events WHERE event_id = $1`, [failure.id])).toBe(1);
      expect(await count(`risk.score_history WHERE trigger_event_id = $1`, [failure.id])).toBe(1);
      expect(await count(`risk.inbox WHERE consumer = 'risk-engine.case-events' AND event_id = $1`, [failure.id])).toBe(1);
    });
  });

  describe('an agreement performed', () => {
    const enterpriseId = randomUUID();
    const caseId = randomUUID();

    it('lets the level fall once the hysteresis window has passed', async () => {
      const arrears = wageEvent(enterpriseId, '2024-03-16');
      await publish(TOPICS.hrEvents, enterpriseId, arrears);
      expect((await scoredBy(enterpriseId, arrears.id)).level).toBe('ORANGE');

      const reached = stageChanged(enterpriseId, caseId, '2024-03-25', 'in_mediation', 'agreement', 'reach_agreement');
      await publish(
        TOPICS.caseEvents,
        enterpriseId,
        caseOpened(enterpriseId, caseId, '2024-03-17'),
        stageChanged(enterpriseId, caseId, '2024-03-18', 'accepted', 'in_mediation', 'start_mediation'),
        reached,
      );
      // An agreement reached but not yet performed changes nothing.
      expect(await scoredBy(enterpriseId, reached.id)).toEqual({ level: 'ORANGE', score: 55, ruleIds: ['W1', 'W3', 'W3L'] });

      const confirmed = stageChanged(enterpriseId, caseId, '2024-04-01', 'performance_monitoring', 'closed', 'confirm_performance');
      await publish(TOPICS.caseEvents, enterpriseId, stageChanged(enterpriseId, caseId, '2024-03-26', 'agreement', 'performance_monitoring', 'monitor_performance'), confirmed);
      // Halved and its floor gone (W1 20 + W3 7.5), but the hysteresis holds ORANGE for 14 days.
      expect(await scoredBy(enterpriseId, confirmed.id)).toEqual({ level: 'ORANGE', score: 27.5, ruleIds: ['W1', 'W3', 'W3L', 'D5'] });

      const stillHeld = wageEvent(enterpriseId, '2024-04-14', { period: '2024-03', payDate: '2024-04-10' });
      await publish(TOPICS.hrEvents, enterpriseId, stillHeld);
      expect((await scoredBy(enterpriseId, stillHeld.id)).level).toBe('ORANGE');

      const after = wageEvent(enterpriseId, '2024-04-15', { period: '2024-02', payDate: '2024-03-10' });
      await publish(TOPICS.hrEvents, enterpriseId, after);
      expect(await scoredBy(enterpriseId, after.id)).toEqual({ level: 'BLUE', score: 27.5, ruleIds: ['W1', 'W3', 'W3L', 'D5'] });
    });
  });

  it('migrates a rule set stored before D4 and D5 to their defaults, leaving the others as they are', async () => {
    const runner = dataSource.createQueryRunner();
    const migration = new MediationFeedbackRules1797300000000();
    const stored = async () => (await dataSource.query<{ body: RuleSet }[]>(`SELECT body FROM risk.rule_sets WHERE version = 1`))[0].body;
    try {
      await migration.down(runner);
      expect(Object.keys((await stored()).indicators)).not.toContain('D4');
      expect(validateRuleSet(await stored())).toEqual(['indicators.D4: is missing', 'indicators.D5: is missing']);
      await migration.up(runner);
      await migration.up(runner);
      expect(validateRuleSet(await stored())).toEqual([]);
      expect(await stored()).toEqual(JSON.parse(JSON.stringify(DEFAULT_RULE_SET)));
    } finally {
      await runner.release();
    }
  });
});
