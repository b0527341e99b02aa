import { randomUUID } from 'node:crypto';
import { TOPICS } from '@concord/contracts';
import { CORRELATION_HEADER } from '@concord/platform';
import { type TopicRecorder, recordTopic, waitFor, wagePaymentEvent } from '@concord/testing';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

describe('POST /v1/events (integration: real Postgres, Redis and dev broker)', () => {
  const enterpriseB = randomUUID();
  let ingest: IngestTestApp;
  let recorder: TopicRecorder;
  let revokedKey: string;

  const post = (body: unknown, key?: string, headers?: Record<string, string>) => ingest.post('/v1/events', body, key, headers);
  const wageEvent = (workersUnpaid = 0) => wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 10, workersUnpaid, daysLate: workersUnpaid ? 40 : 0 });
  const onKafka = (id: string) => recorder.messages.filter((m) => m.value.includes(id)).length;

  beforeAll(async () => {
    ingest = await startIngestTestApp();
    revokedKey = await ingest.addKey(ingest.enterpriseId, { active: false });
    recorder = await recordTopic(ingest.kafka, TOPICS.hrEvents);
  });

  afterAll(async () => {
    await ingest?.close();
    await recorder?.stop();
  });

  it('answers 202 once Kafka has the event, keyed by enterprise, with the correlation id', async () => {
    const event = wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 100, workersUnpaid: 12, daysLate: 35 });
    const response = await post(event, undefined, { [CORRELATION_HEADER]: 'corr-int-1' });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: event.id, status: 'accepted', acceptedAt: expect.any(String) });
    const message = await waitFor('the event on hr.events', () => recorder.messages.find((m) => m.value.includes(event.id)));
    expect(message.key).toBe(ingest.enterpriseId);
    expect(message.headers[CORRELATION_HEADER]).toBe('corr-int-1');
    expect(JSON.parse(message.value)).toEqual(event);
    expect(await ingest.acceptedIds()).toContain(event.id);
  });

  it('answers a repeat of the same id and body with 200 duplicate and the original acceptance, publishing once', async () => {
    const event = wageEvent(3);
    const first = (await (await post(event)).json()) as { acceptedAt: string };
    // Same body with its keys in another order: the validated body is what counts.
    const { data, type, ...envelope } = event;
    const reordered = { data, type, ...envelope };
    const again = await post(reordered);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: event.id, status: 'duplicate', acceptedAt: first.acceptedAt });
    const marker = wageEvent();
    expect((await post(marker)).status).toBe(202);
    await waitFor('the marker on hr.events', () => onKafka(marker.id) === 1);
    expect(onKafka(event.id)).toBe(1);
  });

  it('answers 409 conflict naming the id when the same id comes with another body, publishing nothing more', async () => {
    const event = wageEvent(2);
    expect((await post(event)).status).toBe(202);
    const changed = await post({ ...event, data: { ...event.data, workersPaid: event.data.workersPaid - 1 } });
    expect(changed.status).toBe(409);
    const body = (await changed.json()) as { error: string; message: string };
    expect(body.error).toBe('conflict');
    expect(body.message).toContain(event.id);
    const marker = wageEvent();
    expect((await post(marker)).status).toBe(202);
    await waitFor('the marker on hr.events', () => onKafka(marker.id) === 1);
    expect(onKafka(event.id)).toBe(1);
  });

  it('refuses unknown, revoked and missing keys with 401', async () => {
    const event = wageEvent();
    expect((await post(event, 'ck_unknown')).status).toBe(401);
    expect((await post(event, revokedKey)).status).toBe(401);
    expect((await post(event, '')).status).toBe(401);
  });

  it('answers 400 with every field path for an invalid event', async () => {
    const event = wageEvent();
    const response = await post({ ...event, time: 'yesterday', data: { ...event.data, workersPaid: -1, period: '2026-13' } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; problems: { path: string }[] };
    expect(body.error).toBe('validation_failed');
    expect(body.problems.map((p) => p.path).sort()).toEqual(['data.period', 'data.workersPaid', 'time']);
  });

  it("answers 403 for another enterprise's event and publishes nothing of it", async () => {
    const forged = wagePaymentEvent({ enterpriseId: enterpriseB, headcount: 10, workersUnpaid: 5, daysLate: 40 });
    expect((await post(forged)).status).toBe(403);
    const marker = wageEvent();
    expect((await post(marker)).status).toBe(202);
    await waitFor('the marker on hr.events', () => onKafka(marker.id) === 1);
    expect(onKafka(forged.id)).toBe(0);
    expect(await ingest.acceptedIds()).not.toContain(forged.id);
  });

  it('reports Postgres, Kafka and Redis ready', async () => {
    const response = await fetch(`${ingest.baseUrl}/health/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { postgres: { status: 'up' }, kafka: { status: 'up' }, redis: { status: 'up' } } });
  });
});
