import fc from 'fast-check';
import { HR_CSV_SPECS } from '@concord/contracts';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

const WAGE = 'concord.hr.wage_payment.v1';

describe('POST /v1/csv/:type under random CSV files (integration, property-based)', () => {
  let ingest: IngestTestApp;

  beforeAll(async () => {
    // A high limit: the property is about answers to bad input, not the rate limit.
    ingest = await startIngestTestApp({ extraEnv: { INGEST_RATE_PER_KEY_PER_MINUTE: '100000' } });
  });

  afterAll(async () => {
    await ingest?.close();
  });

  /** Known column names mixed with junk; cells with quotes, separators and line breaks, quoted or not. */
  const header = fc.array(fc.oneof(fc.constantFrom(...HR_CSV_SPECS[WAGE].header), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 8 });
  const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', '2026-10-31', '10', 'true', ' '), fc.integer().map(String));
  const renderedCell = fc.tuple(cell, fc.boolean()).map(([text, quoted]) => (quoted ? `"${text.replace(/"/g, '""')}"` : text));
  const csvText = fc
    .tuple(header, fc.array(fc.array(renderedCell, { maxLength: 9 }), { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([names, rows, eol, bom]) => (bom ? '\uFEFF' : '') + [names.join(','), ...rows.map((r) => r.join(','))].join(eol) + eol);
  const text = fc.oneof({ weight: 4, arbitrary: csvText }, { weight: 1, arbitrary: fc.string({ maxLength: 200 }) });
  const contentType = fc.constantFrom('text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=latin-9', 'text/plain', 'application/json');
  const type = fc.constantFrom(WAGE, 'concord.hr.headcount_change.v1', 'concord.hr.nope.v1', '%E2%9C%93');

  it('never answers 5xx, and every 4xx has an error code and a message', async () => {
    await fc.assert(
      fc.asyncProperty(type, text, contentType, async (eventType, body, sentType) => {
        const response = await ingest.post(`/v1/csv/${eventType}`, body, ingest.key, { 'content-type': sentType });
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as { error?: unknown; message?: unknown; rows?: unknown };
        if (response.status >= 400) {
          expect(typeof answer.error).toBe('string');
          expect(typeof answer.message).toBe('string');
        } else {
          expect(Array.isArray(answer.rows)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
