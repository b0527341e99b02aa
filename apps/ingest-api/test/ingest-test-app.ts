import { createHash, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { KafkaEnv } from '@concord/config';
import { migrateServiceSchema } from '@concord/database';
import { startService } from '@concord/platform';
import { type TestDatabase, createTestDatabase, httpBaseUrl, installDirectoryFixture, serviceTestEnv, testKafkaEnv, testRedisEnv } from '@concord/testing';
import { Client } from 'pg';
import { loadIngestApiConfig } from '../src/ingest-api.config';
import { ingestApiService } from '../src/ingest-api.service';
import { ingestDatabaseOptions } from '../src/ingest-database';

/** The complaint secrets the config requires; fixed, so a test can decrypt or recompute with them. */
export const TEST_COMPLAINT_KEYS = {
  COMPLAINT_IDENTITY_KEY: Buffer.alloc(32, 7).toString('base64'),
  COMPLAINT_PSEUDONYM_KEY: 'integration-test-complaint-pseudonym-key',
};

export interface IngestTestApp {
  app: INestApplication;
  baseUrl: string;
  db: TestDatabase;
  kafka: KafkaEnv;
  enterpriseId: string;
  key: string;
  /** Adds an API key (active unless told otherwise) for an enterprise. */
  addKey(enterpriseId: string, options?: { active?: boolean }): Promise<string>;
  /** Ids recorded in ingest.accepted_events. */
  acceptedIds(): Promise<string[]>;
  post(path: string, body: unknown, key?: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/**
 * ingest-api in-process on a database of its own (directory fixture views + migrated ingest
 * schema), its own topic prefix and Redis key prefix, with one active key for one enterprise.
 */
export async function startIngestTestApp(options: { kafka?: KafkaEnv; extraEnv?: Record<string, string> } = {}): Promise<IngestTestApp> {
  const db = await createTestDatabase();
  await installDirectoryFixture(db.url);
  await migrateServiceSchema(ingestDatabaseOptions(db.url), 'up');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const addKey = async (enterpriseId: string, { active = true } = {}) => {
    const key = `ck_${randomUUID()}`;
    const digest = createHash('sha256').update(key).digest('hex');
    await client.query(`INSERT INTO directory.fixture_api_keys (key_id, enterprise_id, key_hash, active) VALUES ($1, $2, $3, $4)`, [randomUUID(), enterpriseId, digest, active]);
    return key;
  };
  const enterpriseId = randomUUID();
  const key = await addKey(enterpriseId);
  const kafka = options.kafka ?? testKafkaEnv();
  const config = loadIngestApiConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis: testRedisEnv(), extra: { ...TEST_COMPLAINT_KEYS, ...options.extraEnv } }));
  let app: INestApplication;
  try {
    app = await startService(ingestApiService(config, 0));
  } catch (error) {
    await client.end();
    await db.drop();
    throw error;
  }
  const baseUrl = httpBaseUrl(app);
  return {
    app,
    baseUrl,
    db,
    kafka,
    enterpriseId,
    key,
    addKey,
    acceptedIds: async () => (await client.query<{ event_id: string }>('SELECT event_id FROM ingest.accepted_events ORDER BY event_id')).rows.map((r) => r.event_id),
    post: (path, body, presented = key, headers = {}) =>
      fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(presented ? { authorization: `Bearer ${presented}` } : {}), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    close: async () => {
      await app.close();
      await client.end();
      await db.drop();
    },
  };
}
