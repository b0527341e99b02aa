import { TOPICS, contractsOf } from '@concord/contracts';
import { type IngestTestApp, startIngestTestApp } from '../../test/ingest-test-app';

interface Document {
  paths: Record<string, { post?: { requestBody?: { content: Record<string, { schema: { $ref: string } }> } } }>;
  components: { schemas: Record<string, { oneOf?: { $ref: string }[]; discriminator?: { propertyName: string }; properties?: Record<string, unknown> }> };
}

describe('OpenAPI at /docs (integration)', () => {
  let ingest: IngestTestApp;

  beforeAll(async () => {
    ingest = await startIngestTestApp();
  });

  afterAll(async () => {
    await ingest?.close();
  });

  it('serves /docs-json without a key, with a schema for every HR event type as the request bodies', async () => {
    const response = await fetch(`${ingest.baseUrl}/docs-json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as Document;
    const types = contractsOf(TOPICS.hrEvents).map((c) => c.type);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(document.components.schemas[type]?.properties).toHaveProperty('data');
    const union = document.components.schemas.HrEvent;
    expect(union.discriminator?.propertyName).toBe('type');
    expect((union.oneOf ?? []).map((s) => s.$ref).sort()).toEqual(types.map((t) => `#/components/schemas/${t}`).sort());
    expect(document.paths['/v1/events'].post?.requestBody?.content['application/json'].schema.$ref).toBe('#/components/schemas/HrEvent');
    expect(document.paths['/v1/events/batch'].post?.requestBody?.content['application/json'].schema.$ref).toBe('#/components/schemas/HrEventBatch');
  });

  it('serves the /docs UI without a key', async () => {
    const response = await fetch(`${ingest.baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });
});
