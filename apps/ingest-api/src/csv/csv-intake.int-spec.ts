import { randomUUID } from 'node:crypto';
import { HR_CSV_SPECS, HR_EVENT_CONTRACTS, TOPICS, csvTemplate, hrEventJsonSchemas } from '@concord/contracts';
import { type TopicRecorder, recordTopic, waitFor } from '@concord/testing';
import { parse } from 'csv-parse/sync';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';
import type { CsvImportReport } from './use-cases/import-csv.use-case';

const WAGE = 'concord.hr.wage_payment.v1';
const TEMPLATE_ID = 'hr-2026-000123';

interface ErrorAnswer {
  error: string;
  message: string;
  problems?: { path: string }[];
}

function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The template of a type as header + example record, for building files row by row. */
function templateRows(type: keyof typeof HR_CSV_SPECS): { header: string[]; example: string[] } {
  const [header, example] = parse(csvTemplate(type));
  return { header, example };
}

describe('CSV intake and JSON Schemas (integration: real Postgres, Redis and dev broker)', () => {
  let ingest: IngestTestApp;
  let recorder: TopicRecorder;

  const get = (path: string, key: string | null = ingest.key) => fetch(`${ingest.baseUrl}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const upload = (type: string, text: string, contentType = 'text/csv') => ingest.post(`/v1/csv/${type}`, text, ingest.key, { 'content-type': contentType });
  const onKafka = (id: string) => recorder.messages.filter((m) => m.value.includes(`"${id}"`)).length;

  beforeAll(async () => {
    ingest = await startIngestTestApp({ extraEnv: { INGEST_RATE_PER_KEY_PER_MINUTE: '100000' } });
    recorder = await recordTopic(ingest.kafka, TOPICS.hrEvents);
  });

  afterAll(async () => {
    await ingest?.close();
    await recorder?.stop();
  });

  it('serves the template of every type as a download that, uploaded with a fresh id, is accepted and lands on Kafka', async () => {
    const ids: string[] = [];
    for (const { type } of HR_EVENT_CONTRACTS) {
      const response = await get(`/v1/csv/templates/${type}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${type}.csv`);
      const template = await response.text();
      expect(template).toBe(csvTemplate(type));

      const id = `csv-${randomUUID()}`;
      const answer = await upload(type, template.replace(TEMPLATE_ID, id));
      const report = (await answer.json()) as CsvImportReport;
      expect({ type, status: answer.status, report }).toMatchObject({ type, status: 200, report: { accepted: 1, rejected: 0, rows: [{ row: 1, id, status: 'accepted', problems: [] }] } });
      ids.push(id);
    }
    await waitFor('every template event on hr.events', () => ids.every((id) => onKafka(id) === 1));
    const sources = recorder.events<{ id: string; source: string; subject: string }>().filter((e) => ids.includes(e.id));
    expect(new Set(sources.map((e) => e.subject))).toEqual(new Set([ingest.enterpriseId]));
    expect(sources.every((e) => /^csv\/[0-9a-f-]{36}$/.test(e.source))).toBe(true);
  });

  it('reports bad rows by row number and column, and publishes only the good row', async () => {
    const { header, example } = templateRows(WAGE);
    const column = (name: string) => header.indexOf(name);
    const row = (id: string, changes: Record<string, string> = {}) => example.map((cell, i) => (i === column('id') ? id : (changes[header[i]] ?? cell)));
    const [good, badCount, badTwice] = [`good-${randomUUID()}`, `bad1-${randomUUID()}`, `bad2-${randomUUID()}`];
    const text = toCsv([header, row(good), row(badCount, { headcount: 'ten' }), row(badTwice, { time: 'yesterday', currency: 'yuan', 'deferral.payBy': '31/10/2026' })]);

    const response = await upload(WAGE, text);
    expect(response.status).toBe(200);
    const report = (await response.json()) as CsvImportReport;
    expect(report).toMatchObject({ accepted: 1, duplicates: 0, rejected: 2, conflicts: 0 });
    expect(report.rows.map((r) => [r.row, r.id, r.status])).toEqual([
      [1, good, 'accepted'],
      [2, badCount, 'rejected'],
      [3, badTwice, 'rejected'],
    ]);
    expect(report.rows[1].problems.map((p) => p.column)).toEqual(['headcount']);
    expect(report.rows[2].problems.map((p) => p.column)).toEqual(expect.arrayContaining(['time', 'currency', 'deferral.payBy']));
    expect(report.rows[2].problems.every((p) => p.message.length > 0)).toBe(true);

    // The same file again: the good row is a duplicate; its id with another body is a conflict on the id column.
    const again = (await (await upload(WAGE, text)).json()) as CsvImportReport;
    expect(again).toMatchObject({ accepted: 0, duplicates: 1, rejected: 2 });
    const changed = (await (await upload(WAGE, toCsv([header, row(good, { headcount: '121' })]))).json()) as CsvImportReport;
    expect(changed).toMatchObject({ conflicts: 1, rows: [{ row: 1, id: good, status: 'conflict', problems: [{ column: 'id' }] }] });

    const marker = `marker-${randomUUID()}`;
    expect(((await (await upload(WAGE, toCsv([header, row(marker)]))).json()) as CsvImportReport).accepted).toBe(1);
    await waitFor('the marker on hr.events', () => onKafka(marker) === 1);
    expect([onKafka(good), onKafka(badCount), onKafka(badTwice)]).toEqual([1, 0, 0]);
  });

  it('refuses malformed, empty, over-long and wrongly typed files with a 4xx that names the problem', async () => {
    const { header, example } = templateRows(WAGE);
    const line = toCsv([header, example]);
    const expectError = async (response: Response, status: number, error: string, message: RegExp) => {
      expect(response.status).toBe(status);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer).toMatchObject({ error, message: expect.stringMatching(message) });
      return answer;
    };

    await expectError(await upload(WAGE, `${line}"unbalanced,1\r\n`), 400, 'validation_failed', /Malformed CSV.*line 3/);
    const tooMany = await expectError(await upload(WAGE, `${line}a,b\r\n`), 400, 'validation_failed', /line 3/);
    expect(tooMany.problems).toEqual([expect.objectContaining({ path: 'line 3' })]);
    const unknown = await expectError(await upload(WAGE, `id,colour,headcount\r\nx,red,1\r\n`), 400, 'validation_failed', /Unknown column.*colour/);
    expect(unknown.problems?.map((p) => p.path)).toEqual(['colour']);
    await expectError(await upload(WAGE, ''), 400, 'validation_failed', /empty/);
    await expectError(await upload(WAGE, `${header.join(',')}\r\n`), 400, 'validation_failed', /no data rows/);
    const rows = Array.from({ length: 1001 }, () => example);
    await expectError(await upload(WAGE, toCsv([header, ...rows])), 400, 'validation_failed', /at most 1000 data rows/);
    await expectError(await upload(WAGE, line, 'application/json'), 400, 'malformed_json', /JSON/);
    await expectError(await upload(WAGE, line, 'text/plain'), 415, 'unsupported_media_type', /text\/csv/);
    await expectError(await upload(WAGE, `${line}${'x'.repeat(5 * 1024 * 1024)}`), 413, 'payload_too_large', /5mb/);
    await expectError(await upload('concord.hr.nope.v1', line), 404, 'not_found', new RegExp(WAGE.replace(/\./g, '\\.')));
    await expectError(await get('/v1/csv/templates/concord.hr.nope.v1'), 404, 'not_found', /known types: .*concord\.hr\.wage_payment\.v1/);
    await expectError(await get(`/v1/csv/templates/${WAGE}`, null), 401, 'unauthenticated', /API key/);
  });

  it('serves the JSON Schema of every type without a key, equal to the generated one, and an index linking them', async () => {
    const expected = hrEventJsonSchemas();
    const index = await get('/v1/contracts/json-schema', null);
    expect(index.status).toBe(200);
    const { schemas } = (await index.json()) as { schemas: { type: string; href: string }[] };
    expect(schemas.map((s) => s.type)).toEqual(HR_EVENT_CONTRACTS.map((c) => c.type));
    for (const { type, href } of schemas) {
      const response = await get(href, null);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/schema\+json/);
      expect(await response.json()).toEqual(JSON.parse(JSON.stringify(expected[type as keyof typeof expected])));
    }
    const unknown = await get('/v1/contracts/json-schema/concord.hr.nope.v1', null);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'not_found', message: expect.stringContaining(WAGE) });
  });
});
