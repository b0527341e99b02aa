import fc from 'fast-check';
import { wagePaymentEvent } from '@concord/testing';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

interface ErrorAnswer {
  error?: unknown;
  message?: unknown;
  problems?: { path?: unknown }[];
}

describe('ingest endpoints under random and malformed input (integration, property-based)', () => {
  let ingest: IngestTestApp;

  beforeAll(async () => {
    // A high limit: the property is about answers to bad input, not the rate limit.
    ingest = await startIngestTestApp({ extraEnv: { INGEST_RATE_PER_KEY_PER_MINUTE: '100000' } });
  });

  afterAll(async () => {
    await ingest?.close();
  });

  /** Valid events with one field broken or replaced, arbitrary JSON, and raw non-JSON text. */
  const eventish = () => {
    const valid = () => wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 10, workersUnpaid: 1, daysLate: 5 });
    const field = fc.constantFrom('specversion', 'id', 'source', 'type', 'subject', 'time', 'data', 'data.headcount', 'data.period');
    const mutated = fc.tuple(field, fc.jsonValue()).map(([path, value]) => {
      const event: Record<string, unknown> = { ...valid(), data: { ...valid().data } };
      const [head, tail] = path.split('.');
      if (tail) (event[head] as Record<string, unknown>)[tail] = value;
      else event[head] = value;
      return event;
    });
    return fc.oneof(mutated, fc.jsonValue(), fc.constant(null).map(() => valid()));
  };
  const body = fc.oneof(
    eventish().map((e) => JSON.stringify(e)),
    fc.array(eventish(), { maxLength: 5 }).map((events) => JSON.stringify({ events })),
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
  );
  const headers = fc.record(
    {
      'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/json; charset=latin-9', 'application/x-www-form-urlencoded'),
      authorization: fc.oneof(fc.constant('KEY'), fc.string(), fc.constant('Bearer '), fc.constant('Basic abc')),
      'x-correlation-id': fc.string({ maxLength: 300 }),
    },
    { requiredKeys: ['content-type', 'authorization'] },
  );

  it('never answers 5xx, and every 4xx names its error with a message (and field paths for validation)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/v1/events', '/v1/events/batch'), body, headers, async (path, raw, sent) => {
        const safeHeaders = Object.fromEntries(Object.entries(sent).filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)));
        const auth = safeHeaders.authorization === 'KEY' ? `Bearer ${ingest.key}` : (safeHeaders.authorization as string | undefined);
        const response = await fetch(`${ingest.baseUrl}${path}`, { method: 'POST', headers: { ...safeHeaders, ...(auth === undefined ? {} : { authorization: auth }) }, body: raw });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          const answer = (await response.json()) as ErrorAnswer;
          expect(typeof answer.error).toBe('string');
          expect(typeof answer.message === 'string' && answer.message.length > 0).toBe(true);
          if (answer.error === 'validation_failed') {
            expect(Array.isArray(answer.problems) && answer.problems.length > 0 && answer.problems.every((p) => typeof p.path === 'string')).toBe(true);
          }
        } else {
          await response.arrayBuffer();
        }
      }),
      { numRuns: 300 },
    );
  });
});
