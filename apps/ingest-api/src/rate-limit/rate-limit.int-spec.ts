import { randomUUID } from 'node:crypto';
import { wagePaymentEvent } from '@concord/testing';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

describe('rate limit per API key (integration: real Redis)', () => {
  const LIMIT = 3;
  let ingest: IngestTestApp;

  beforeAll(async () => {
    ingest = await startIngestTestApp({ extraEnv: { INGEST_RATE_PER_KEY_PER_MINUTE: String(LIMIT) } });
  });

  afterAll(async () => {
    await ingest?.close();
  });

  it('answers 429 rate_limited with Retry-After once a key has spent its requests, counting a batch as one, and leaves other keys alone', async () => {
    const event = () => wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 10, workersUnpaid: 0, daysLate: 0 });
    expect((await ingest.post('/v1/events/batch', { events: [event(), event(), event()] })).status).toBe(200);
    for (let i = 1; i < LIMIT; i++) expect((await ingest.post('/v1/events', event())).status).toBe(202);

    const refused = await ingest.post('/v1/events', event());
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/retry after/) });
    expect((await ingest.post('/v1/events/batch', { events: [event()] })).status).toBe(429);

    const otherKey = await ingest.addKey(randomUUID());
    const other = await ingest.post('/v1/events', { ...event(), subject: randomUUID() }, otherKey);
    expect(other.status).not.toBe(429);
  });
});
