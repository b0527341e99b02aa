import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { TOPICS, type WagePaymentV1, deadLetterTopic } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  TEST_JWT_SECRET,
  type TestDatabase,
  createTestDatabase,
  installDirectoryFixture,
  httpBaseUrl,
  serviceTestEnv,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
  waitFor,
} from '@concord/testing';
import { DataSource } from 'typeorm';
import { ENGINE_CONSUMING } from '../../engine-consuming';
import { DAILY_REEVALUATION } from '../../../test/risk-engine-test-app';
import { riskDatabaseOptions } from '../../risk-database';
import { loadRiskEngineConfig } from '../../risk-engine.config';
import { RiskEngineModule, SERVICE_NAME } from '../../risk-engine.module';
import { ScoreEventsUseCase } from './score-events.use-case';

/**
 * The slice of the kafkajs client this test drives directly. kafkajs may only be imported inside
 * libs/kafka (dependency-cruiser), so the test reaches the client through the transport's
 * `unwrap()` and describes just what it calls.
 */
interface RawKafka {
  producer(): RawProducer;
  consumer(config: { groupId: string }): RawConsumer;
}
interface RawProducer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(record: { topic: string; acks: number; messages: { key: string; value: string }[] }): Promise<unknown>;
}
interface RawMessage {
  value: Buffer | null;
  headers?: Record<string, Buffer | string | undefined>;
}
interface RawConsumer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(subscription: { topics: string[]; fromBeginning: boolean }): Promise<void>;
  run(config: { eachMessage: (payload: { message: RawMessage }) => Promise<void> }): Promise<void>;
}

const BUSINESS_TIME = '2024-03-16T02:00:00.000Z';

function wageEvent(enterpriseId: string, id: string, data: Partial<WagePaymentV1['data']> = {}): WagePaymentV1 {
  return {
    specversion: '1.0',
    id,
    source: `enterprise/${enterpriseId}/hr`,
    type: 'concord.hr.wage_payment.v1',
    subject: enterpriseId,
    time: BUSINESS_TIME,
    datacontenttype: 'application/json',
    data: {
      period: '2024-01',
      scheduledPayDate: '2024-02-10', // 35 days before BUSINESS_TIME
      actualPayDate: null,
      headcount: 100,
      workersDue: 100,
      workersPaid: 88,
      amountDueMinor: 60_000_000,
      // The 12 unpaid workers are still owed ¥2,400 each: ¥28,800, under W4's ¥30,000 threshold.
      amountPaidMinor: 57_120_000,
      currency: 'CNY',
      ...data,
    },
  };
}

describe('ScoreEventsUseCase through Kafka (integration)', () => {
  const kafka = testKafkaEnv(uniqueName('risk'));
  const prefix = kafka.KAFKA_TOPIC_PREFIX;
  const enterpriseId = randomUUID();
  const canonical = wageEvent(enterpriseId, `evt-wage-${randomUUID()}`);

  let db: TestDatabase;
  let app: INestApplication;
  let dataSource: DataSource;
  let baseUrl: string;
  let producer: RawProducer;
  const consumers: RawConsumer[] = [];
  const alertMessages: { id: string; type: string; subject: string; data: Record<string, unknown> }[] = [];
  const deadLetters: { value: string; reason: string }[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('risk_engine_t');
    await installDirectoryFixture(db.url);
    const options = riskDatabaseOptions(db.url);
    // Prove the migration reverses cleanly before using it.
    await migrateServiceSchema(options, 'up');
    await migrateServiceSchema(options, 'down');
    await migrateServiceSchema(options, 'up');

    const config = loadRiskEngineConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis: testRedisEnv(), extra: DAILY_REEVALUATION }));
    app = await startService({
      rootModule: RiskEngineModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka, clientId: SERVICE_NAME, groupId: uniqueName('risk-engine'), ...ENGINE_CONSUMING }),
    });
    dataSource = app.get(DataSource);
    baseUrl = httpBaseUrl(app);

    const client = new KafkaConsumerServer({ kafka, clientId: 'risk-engine-int-spec', groupId: 'unused' }).unwrap<RawKafka>();
    producer = client.producer();
    await producer.connect();
    await collect(client, `${prefix}${TOPICS.riskAlerts}`, (message) => {
      alertMessages.push(JSON.parse(message.value?.toString() ?? '') as (typeof alertMessages)[number]);
    });
    await collect(client, `${prefix}${deadLetterTopic(TOPICS.hrEvents)}`, (message) => {
      deadLetters.push({ value: message.value?.toString() ?? '', reason: message.headers?.['x-dlq-reason']?.toString() ?? '' });
    });

    async function collect(kafkaClient: RawKafka, topic: string, onMessage: (message: RawMessage) => void): Promise<void> {
      const consumer = kafkaClient.consumer({ groupId: uniqueName('risk-engine-int-spec') });
      consumers.push(consumer);
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({ eachMessage: ({ message }) => Promise.resolve(onMessage(message)) });
    }
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all(consumers.map((consumer) => consumer.disconnect()));
    await producer?.disconnect();
    await db?.drop();
  });

  async function publish(key: string, ...values: string[]): Promise<void> {
    await producer.send({ topic: `${prefix}${TOPICS.hrEvents}`, acks: -1, messages: values.map((value) => ({ key, value })) });
  }

  async function count(sql: string, params: unknown[] = []): Promise<number> {
    const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row.n;
  }

  async function get(path: string, token?: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('scores the canonical arrears ORANGE with W1, W3 and the long-arrears floor W3L, opens one alert and publishes it', async () => {
    await publish(enterpriseId, JSON.stringify(canonical));

    const risk = await waitFor(
      'the enterprise to be scored',
      async () => {
        const rows = await dataSource.query<{ level: string; score: number; fired: { ruleId: string }[] }[]>(
          `SELECT level, score, fired FROM risk.enterprise_risk WHERE enterprise_id = $1`,
          [enterpriseId],
        );
        return rows[0];
      },
      { timeoutMs: 60_000 },
    );
    expect(risk.level).toBe('ORANGE');
    expect(risk.score).toBe(55);
    expect(risk.fired.map((rule) => rule.ruleId)).toEqual(['W1', 'W3', 'W3L']);
    expect(await count(`risk.alerts WHERE enterprise_id = $1`, [enterpriseId])).toBe(1);

    const [message] = await waitFor('the alert on risk.alerts', () => alertMessages.length > 0 && alertMessages, { timeoutMs: 30_000 });
    const [alert] = await dataSource.query<{ alert_id: string; status: string; level: string; revision: number }[]>(
      `SELECT alert_id, status, level, revision FROM risk.alerts WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    expect(alert).toMatchObject({ status: 'open', level: 'ORANGE', revision: 1 });
    expect(message).toMatchObject({
      id: `${alert.alert_id}:1`,
      type: 'concord.risk.alert.v1',
      subject: enterpriseId,
      source: 'concord/risk-engine',
      data: {
        alertId: alert.alert_id,
        enterpriseId,
        status: 'open',
        revision: 1,
        level: 'ORANGE',
        previousLevel: 'GREEN',
        score: 55,
        evidenceEventIds: [canonical.id],
      },
    });
    expect((message.data.fired as { ruleId: string }[]).map((rule) => rule.ruleId)).toEqual(['W1', 'W3', 'W3L']);
  });

  it('ignores a redelivery of the same event: no second row, score or alert', async () => {
    // February's run, paid in full on time, keeps January's arrears (and so the level) as they are.
    // Same key, so same partition: once it is processed, the redelivery before it has been too.
    const marker = wageEvent(enterpriseId, `evt-marker-${randomUUID()}`, {
      period: '2024-02',
      scheduledPayDate: '2024-03-10',
      actualPayDate: '2024-03-10',
      workersPaid: 100,
      amountPaidMinor: 60_000_000,
    });
    await publish(enterpriseId, JSON.stringify(canonical), JSON.stringify(marker));

    await waitFor('the marker event to be scored', async () => (await count(`risk.score_history WHERE trigger_event_id = $1`, [marker.id])) === 1, {
      timeoutMs: 30_000,
    });
    expect(await count(`risk.events WHERE event_id = $1`, [canonical.id])).toBe(1);
    expect(await count(`risk.score_history WHERE trigger_event_id = $1`, [canonical.id])).toBe(1);
    expect(await count(`risk.alerts WHERE enterprise_id = $1`, [enterpriseId])).toBe(1);
    expect(await count(`risk.alerts WHERE enterprise_id = $1 AND revision = 1 AND level = 'ORANGE'`, [enterpriseId])).toBe(1);
    // The outbox holds the one alert revision, relayed: nothing else can reach risk.alerts.
    await waitFor('the outbox to be relayed', async () => (await count(`risk.outbox WHERE published_at IS NULL`)) === 0);
    expect(await count(`risk.outbox`)).toBe(1);
    expect(alertMessages).toHaveLength(1);
  });

  it('dead-letters bad JSON and an unknown event type, then goes on with the next valid event', async () => {
    const other = randomUUID();
    const unknownType = { ...wageEvent(other, `evt-unknown-${randomUUID()}`), type: 'concord.hr.rumour.v1' };
    const valid = wageEvent(other, `evt-valid-${randomUUID()}`, { actualPayDate: '2024-02-10', workersPaid: 100, amountPaidMinor: 60_000_000 });
    await publish(other, '{"specversion": "1.0", oops', JSON.stringify(unknownType), JSON.stringify(valid));

    await waitFor('the valid event after the poison ones to be scored', async () => (await count(`risk.enterprise_risk WHERE enterprise_id = $1`, [other])) === 1, {
      timeoutMs: 30_000,
    });
    await waitFor('both poison messages on the DLQ', () => deadLetters.length >= 2, { timeoutMs: 30_000 });
    expect(deadLetters.map((d) => d.reason)).toEqual([expect.stringContaining('not JSON'), expect.stringContaining('unknown event type')]);
    expect(await count(`risk.events WHERE enterprise_id = $1`, [other])).toBe(1);
    expect(await count(`risk.alerts WHERE enterprise_id = $1`, [other])).toBe(0);
  });

  it('serialises concurrent events of one enterprise: one alert, every event scored once', async () => {
    // As after a rebalance, when two instances briefly handle the same enterprise.
    const concurrent = randomUUID();
    const useCase = app.get(ScoreEventsUseCase);
    const events = ['2023-10', '2023-11', '2023-12', '2024-01'].map((period) => wageEvent(concurrent, `evt-${period}-${randomUUID()}`, { period }));
    const outcomes = await Promise.all([...events, events[0]].map((event) => useCase.execute([event])));

    expect(outcomes.reduce((sum, outcome) => ({ done: sum.done + outcome.done, skipped: sum.skipped + outcome.skipped }))).toEqual({ done: 4, skipped: 1 });
    expect(await count(`risk.score_history WHERE enterprise_id = $1`, [concurrent])).toBe(4);
    // Four months owed to the same 12 workers (¥115,200) cross W4's criminal threshold: RED, in one
    // alert that rose as the months were scored, whatever order the instances took them in.
    expect(await count(`risk.alerts WHERE enterprise_id = $1`, [concurrent])).toBe(1);
    expect(await count(`risk.alerts WHERE enterprise_id = $1 AND status = 'open' AND level = 'RED'`, [concurrent])).toBe(1);
    expect(await count(`risk.enterprise_risk WHERE enterprise_id = $1 AND level = 'RED'`, [concurrent])).toBe(1);
  });

  describe('HTTP', () => {
    const token = new JwtService({ secret: TEST_JWT_SECRET }).sign(
      { sub: randomUUID(), roles: ['admin'], regionId: null, enterpriseId: null },
      { algorithm: 'HS256', expiresIn: 600 },
    );

    it('explains the current risk of an enterprise', async () => {
      const { status, body } = await get(`/v1/enterprises/${enterpriseId}/risk`, token);
      expect(status).toBe(200);
      expect(body).toMatchObject({ enterpriseId, level: 'ORANGE', band: 'YELLOW', score: 55, ruleSet: { id: 'cn-default', version: 1 } });
      expect(body.explanation).toEqual([
        expect.objectContaining({
          ruleId: 'W1',
          points: 40,
          floor: 'YELLOW',
          values: { value: 35, maxDaysLate: 35, latePeriods: 1, openPeriods: 1 },
          thresholds: { atLeast: 31, lookbackDays: 180 },
          evidenceEventIds: [canonical.id],
          legalBasis: expect.stringContaining('Labor Law Art. 50'),
          summary: 'Wages late: 35 days late (≥ 31): +40, floor YELLOW',
        }),
        expect.objectContaining({ ruleId: 'W3', points: 15, floor: null, evidenceEventIds: [canonical.id] }),
        expect.objectContaining({ ruleId: 'W3L', points: 0, floor: 'ORANGE', evidenceEventIds: [canonical.id] }),
      ]);
    });

    it('lists the score history newest first and the alerts by enterprise and status', async () => {
      const scores = await get(`/v1/enterprises/${enterpriseId}/scores`, token);
      expect(scores.status).toBe(200);
      const items = scores.body.items as { triggerEventId: string; level: string }[];
      expect(items).toHaveLength(2);
      expect(items[1]).toMatchObject({ triggerEventId: canonical.id, level: 'ORANGE' });

      const open = await get(`/v1/alerts?enterpriseId=${enterpriseId}&status=open`, token);
      expect(open.status).toBe(200);
      expect(open.body.items).toEqual([expect.objectContaining({ enterpriseId, status: 'open', level: 'ORANGE', revision: 1, resolvedAt: null })]);
      expect((await get(`/v1/alerts?enterpriseId=${enterpriseId}&status=resolved`, token)).body.items).toEqual([]);
    });

    it('answers 404 for an enterprise never scored, 400 for bad input, 401 without a token', async () => {
      expect((await get(`/v1/enterprises/${randomUUID()}/risk`, token)).status).toBe(404);
      const badId = await get('/v1/enterprises/not-a-uuid/risk', token);
      expect(badId).toMatchObject({ status: 400, body: { error: 'validation_failed', problems: [expect.objectContaining({ path: 'id' })] } });
      expect((await get('/v1/enterprises/not-a-uuid/scores', token)).status).toBe(400);
      expect((await get('/v1/alerts?status=closed', token)).status).toBe(400);
      expect((await get('/v1/alerts?enterpriseId=42', token)).status).toBe(400);
      expect((await get(`/v1/enterprises/${enterpriseId}/risk`)).status).toBe(401);
      expect((await get('/health/live')).status).toBe(200);
    });
  });
});
