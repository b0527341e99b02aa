import { createHash, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { TOPICS } from '@concord/contracts';
import { CORRELATION_HEADER, startService } from '@concord/platform';
import {
  type TestDatabase,
  type TopicRecorder,
  createTestDatabase,
  httpBaseUrl,
  installDirectoryFixture,
  recordTopic,
  serviceTestEnv,
  testKafkaEnv,
  waitFor,
  wagePaymentEvent,
} from '@concord/testing';
import { Client } from 'pg';
import { loadIngestApiConfig } from '../ingest-api.config';
import { IngestApiModule } from '../ingest-api.module';

describe('POST /v1/events (integration: real Postgres and dev broker)', () => {
  const kafka = testKafkaEnv();
  const enterpriseA = randomUUID();
  const enterpriseB = randomUUID();
  const keyA = `ck_${randomUUID()}`;
  const revokedKey = `ck_${randomUUID()}`;
  let db: TestDatabase;
  let app: INestApplication;
  let recorder: TopicRecorder;
  let baseUrl: string;

  const post = (body: unknown, key = keyA, headers: Record<string, string> = {}) =>
    fetch(`${baseUrl}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    await installDirectoryFixture(db.url);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const digest = (key: string) => createHash('sha256').update(key).digest('hex');
    await client.query(`INSERT INTO directory.fixture_api_keys (key_id, enterprise_id, key_hash, active) VALUES ($1, $2, $3, true), ($4, $2, $5, false)`, [
      randomUUID(),
      enterpriseA,
      digest(keyA),
      randomUUID(),
      digest(revokedKey),
    ]);
    await client.end();
    recorder = await recordTopic(kafka, TOPICS.hrEvents);
    const config = loadIngestApiConfig(serviceTestEnv({ databaseUrl: db.url, kafka }));
    app = await startService({ rootModule: IngestApiModule.forRoot(config), port: 0, bodyLimit: '2mb' });
    baseUrl = httpBaseUrl(app);
  });

  afterAll(async () => {
    await app?.close();
    await recorder?.stop();
    await db?.drop();
  });

  it('answers 202 once Kafka has the event, keyed by enterprise, with the correlation id', async () => {
    const event = wagePaymentEvent({ enterpriseId: enterpriseA, headcount: 100, workersUnpaid: 12, daysLate: 35 });
    const response = await post(event, keyA, { [CORRELATION_HEADER]: 'corr-int-1' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: event.id, status: 'accepted' });
    const message = await waitFor('the event on hr.events', () => recorder.messages.find((m) => m.value.includes(event.id)));
    expect(message.key).toBe(enterpriseA);
    expect(message.headers[CORRELATION_HEADER]).toBe('corr-int-1');
    expect(JSON.parse(message.value)).toEqual(event);
  });

  it('refuses unknown, revoked and missing keys with 401', async () => {
    const event = wagePaymentEvent({ enterpriseId: enterpriseA, headcount: 10, workersUnpaid: 0, daysLate: 0 });
    expect((await post(event, 'ck_unknown')).status).toBe(401);
    expect((await post(event, revokedKey)).status).toBe(401);
    expect((await post(event, '')).status).toBe(401);
  });

  it('answers 400 with every field path for an invalid event', async () => {
    const event = wagePaymentEvent({ enterpriseId: enterpriseA, headcount: 10, workersUnpaid: 0, daysLate: 0 });
    const response = await post({ ...event, time: 'yesterday', data: { ...event.data, workersPaid: -1, period: '2026-13' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: { path: string }[] };
    expect(body.error).toBe('validation_failed');
    expect(body.problems.map((p) => p.path).sort()).toEqual(['data.period', 'data.workersPaid', 'time']);
  });

  it("answers 403 for another enterprise's event and publishes nothing of it", async () => {
    const forged = wagePaymentEvent({ enterpriseId: enterpriseB, headcount: 10, workersUnpaid: 5, daysLate: 40 });
    expect((await post(forged)).status).toBe(403);
    const marker = wagePaymentEvent({ enterpriseId: enterpriseA, headcount: 10, workersUnpaid: 0, daysLate: 0 });
    expect((await post(marker)).status).toBe(202);
    await waitFor('the marker on hr.events', () => recorder.messages.some((m) => m.value.includes(marker.id)));
    expect(recorder.messages.some((m) => m.value.includes(forged.id))).toBe(false);
  });

  it('reports Postgres and Kafka ready', async () => {
    const response = await fetch(`${baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, kafka: { status: 'up' } } });
  });
});
