import { randomUUID } from 'node:crypto';
import { TOPICS, contractsOf, csvTemplate } from '@concord/contracts';
import { wagePaymentEvent } from '@concord/testing';
import { Client } from 'pg';
import type { z } from 'zod';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';
import { complaintReceiptSchema, complaintStatusAnswerSchema } from './complaint-answers.schema';
import { csvImportReportSchema } from './csv-import-report.schema';
import { errorBodySchema } from './error-body.schema';
import { batchOutcomeSchema, singleEventAnswerSchema } from './event-answers.schema';
import { jsonSchemaDocumentSchema, jsonSchemaIndexSchema } from './json-schema-answers.schema';
import { componentRef, registeredComponentSchemas } from './openapi-components';

interface Content {
  schema?: { $ref?: string };
}

interface Operation {
  security?: Record<string, string[]>[];
  requestBody?: { required?: boolean; content: Record<string, Content> };
  responses: Record<string, { content?: Record<string, Content>; headers?: Record<string, unknown> }>;
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { oneOf?: { $ref: string }[]; discriminator?: { propertyName: string }; properties?: Record<string, unknown>; required?: string[] }>;
  };
}

const WAGE = 'concord.hr.wage_payment.v1';
/** The id in the example row of every CSV template. */
const TEMPLATE_ID = 'hr-2026-000123';

/** The body parses with `schema` with nothing stripped (zod drops unknown keys silently). */
function expectShape(schema: z.ZodType, body: unknown): void {
  expect(schema.parse(body)).toEqual(body);
}

describe('OpenAPI at /docs (integration)', () => {
  let ingest: IngestTestApp;
  let document: Document;
  const operations = () =>
    Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, path, method, operation })));

  beforeAll(async () => {
    ingest = await startIngestTestApp();
    document = (await (await fetch(`${ingest.baseUrl}/docs-json`)).json()) as Document;
  });

  afterAll(async () => {
    await ingest?.close();
  });

  /** A real answer is what the document promises: its status's $ref is the component of `schema`, and the body has that shape. */
  const expectDocumented = async (route: string, status: number, response: Response, schema: z.ZodType, mediaType = 'application/json') => {
    const [method, path] = route.split(' ');
    const documented = document.paths[path][method.toLowerCase()].responses[String(status)];
    expect({ route, status: response.status, schema: documented?.content?.[mediaType]?.schema }).toEqual({ route, status, schema: componentRef(schema) });
    expectShape(schema, await response.json());
  };

  it('serves /docs-json without a key, with a schema for every HR event type as the request bodies', async () => {
    const response = await fetch(`${ingest.baseUrl}/docs-json`);
    expect(response.status).toBe(200);
    const types = contractsOf(TOPICS.hrEvents).map((c) => c.type);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(document.components.schemas[type]?.properties).toHaveProperty('data');
    const union = document.components.schemas.HrEvent;
    expect(union.discriminator?.propertyName).toBe('type');
    expect((union.oneOf ?? []).map((s) => s.$ref).sort()).toEqual(types.map((t) => `#/components/schemas/${t}`).sort());
    expect(document.paths['/v1/events'].post.requestBody?.content['application/json'].schema?.$ref).toBe('#/components/schemas/HrEvent');
    expect(document.paths['/v1/events/batch'].post.requestBody?.content['application/json'].schema?.$ref).toBe('#/components/schemas/HrEventBatch');
  });

  it('documents the complaint body from its zod schema', () => {
    const body = document.paths['/v1/complaints'].post.requestBody;
    expect(body?.required).toBe(true);
    const ref = body?.content['application/json'].schema?.$ref ?? '';
    const schema = document.components.schemas[ref.replace('#/components/schemas/', '')];
    expect(Object.keys(schema?.properties ?? {}).sort()).toEqual(['anonymous', 'category', 'channel', 'coSigners', 'contact', 'enterpriseCode', 'text']);
    expect(schema?.required?.sort()).toEqual(['anonymous', 'category', 'enterpriseCode', 'text']);
  });

  it('holds every response component exactly as generated from its zod schema', () => {
    for (const [name, schema] of Object.entries(registeredComponentSchemas())) expect({ name, schema: document.components.schemas[name] }).toEqual({ name, schema });
  });

  it('documents a 2xx answer with a schema for every operation', () => {
    const undocumented = operations()
      .filter(({ operation }) => !Object.entries(operation.responses).some(([status, r]) => /^2\d\d$/.test(status) && Object.values(r.content ?? {}).some((c) => c.schema)))
      .map(({ route }) => route);
    expect(undocumented).toEqual([]);
  });

  it('marks exactly the routes that refuse a request without a key as bearer-secured, each with its 401 and 429', async () => {
    const guarded: string[] = [];
    for (const { route, path, method, operation } of operations()) {
      const url = `${ingest.baseUrl}${path.replace(/\{[^}]+\}/g, 'unknown')}`;
      const response = await fetch(url, { method, ...(method === 'get' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }) });
      const body = await response.text();
      const secured = (operation.security ?? []).some((requirement) => 'bearer' in requirement);
      expect({ route, secured, refusedWithoutKey: response.status === 401 }).toEqual({ route, secured, refusedWithoutKey: secured });
      if (!secured) continue;
      guarded.push(route);
      expectShape(errorBodySchema, JSON.parse(body));
      expect({ route, 401: operation.responses['401']?.content?.['application/json'].schema }).toEqual({ route, 401: componentRef(errorBodySchema) });
      expect({ route, 429: operation.responses['429']?.content?.['application/json'].schema }).toEqual({ route, 429: componentRef(errorBodySchema) });
      expect(operation.responses['429']?.headers).toHaveProperty('Retry-After');
    }
    expect(guarded.sort()).toEqual(['GET /v1/csv/templates/{type}', 'POST /v1/csv/{type}', 'POST /v1/events', 'POST /v1/events/batch']);
  });

  it('answers the event routes as documented: 202 and 200 for one event, 200 with a result per event for a batch', async () => {
    const event = wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 40, workersUnpaid: 5, daysLate: 20 });
    await expectDocumented('POST /v1/events', 202, await ingest.post('/v1/events', event), singleEventAnswerSchema);
    await expectDocumented('POST /v1/events', 200, await ingest.post('/v1/events', event), singleEventAnswerSchema);

    const fresh = wagePaymentEvent({ enterpriseId: ingest.enterpriseId, headcount: 40, workersUnpaid: 0, daysLate: 0 });
    // One event of each outcome but conflict, so the optional fields of a result are exercised too.
    const batch = await ingest.post('/v1/events/batch', { events: [fresh, event, { type: WAGE }] });
    await expectDocumented('POST /v1/events/batch', 200, batch, batchOutcomeSchema);
  });

  it('answers the CSV routes as documented: the template as text/csv, the upload with a report', async () => {
    const template = await fetch(`${ingest.baseUrl}/v1/csv/templates/${WAGE}`, { headers: { authorization: `Bearer ${ingest.key}` } });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(document.paths['/v1/csv/templates/{type}'].get.responses['200'].content).toHaveProperty('text/csv');

    const upload = await ingest.post(`/v1/csv/${WAGE}`, csvTemplate(WAGE).replace(TEMPLATE_ID, `csv-${randomUUID()}`), ingest.key, { 'content-type': 'text/csv' });
    await expectDocumented('POST /v1/csv/{type}', 200, upload, csvImportReportSchema);
  });

  it('answers the complaint routes as documented: 202 with a receipt, then 200 with the status', async () => {
    const code = `91${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
    const sql = new Client({ connectionString: ingest.db.url });
    await sql.connect();
    try {
      await sql.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, 'Test Works', $2, $3, ARRAY[$3]::uuid[], 'manufacturing', 120, $4)`,
        [ingest.enterpriseId, code, randomUUID(), randomUUID()],
      );
    } finally {
      await sql.end();
    }
    const noKey = '';
    const submitted = await ingest.post('/v1/complaints', { enterpriseCode: code, category: 'pay', text: 'Wages two months late.', anonymous: true }, noKey);
    const { trackingCode } = complaintReceiptSchema.parse(await submitted.clone().json());
    await expectDocumented('POST /v1/complaints', 202, submitted, complaintReceiptSchema);
    await expectDocumented('GET /v1/complaints/{trackingCode}', 200, await fetch(`${ingest.baseUrl}/v1/complaints/${trackingCode}`), complaintStatusAnswerSchema);
  });

  it('answers the JSON Schema routes as documented, the error of an unknown type as JSON', async () => {
    await expectDocumented('GET /v1/contracts/json-schema', 200, await fetch(`${ingest.baseUrl}/v1/contracts/json-schema`), jsonSchemaIndexSchema);
    const typeSchema = await fetch(`${ingest.baseUrl}/v1/contracts/json-schema/${WAGE}`);
    expect(typeSchema.headers.get('content-type')).toMatch(/^application\/schema\+json/);
    await expectDocumented('GET /v1/contracts/json-schema/{type}', 200, typeSchema, jsonSchemaDocumentSchema, 'application/schema+json');
    const unknownType = await fetch(`${ingest.baseUrl}/v1/contracts/json-schema/unknown`);
    expect(unknownType.headers.get('content-type')).toMatch(/^application\/json/);
    await expectDocumented('GET /v1/contracts/json-schema/{type}', 404, unknownType, errorBodySchema);
  });

  it('serves the /docs UI without a key', async () => {
    const response = await fetch(`${ingest.baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });
});
