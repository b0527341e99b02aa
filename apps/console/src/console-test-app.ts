import type { INestApplication } from '@nestjs/common';
import { migrateServiceSchema } from '@concord/database';
import { type TestDatabase, createTestDatabase, freePort, httpBaseUrl, testRedisEnv } from '@concord/testing';
import { Client } from 'pg';
import { loadConsoleConfig } from './console.config';
import { directoryDatabaseOptions } from './directory-database';
import { seedCommand } from './seed/seed.command';
import { startConsole } from './start-console';

export const TEST_ADMIN = { email: 'admin@test.concord.example', password: 'a long admin password' };

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON when the answer is JSON, the text otherwise. */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ConsoleTestApp {
  app: INestApplication;
  baseUrl: string;
  db: TestDatabase;
  /** Straight to the directory schema, for what the API does not show (the audit table). */
  sql: Client;
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  logIn(credentials: { email: string; password: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A console as `serve` starts it (gateway, web app, audit, login limits), on a database of its own
 * with the administrator seeded, a Redis key prefix of its own, and owners down unless `env` says
 * where they are. Console integration specs share it so each states only what it is about.
 */
export async function startConsoleTestApp(env: Record<string, string> = {}): Promise<ConsoleTestApp> {
  const db = await createTestDatabase();
  await migrateServiceSchema(directoryDatabaseOptions(db.url));
  await seedCommand({ DATABASE_URL: db.url, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password }, { demo: false }, { write: () => true } as never);
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const config = loadConsoleConfig({
    PORT: '1',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.url,
    ...testRedisEnv(),
    JWT_SECRET: 'an integration-test secret of 32+ chars',
    RISK_ENGINE_URL: nowhere,
    CASE_SERVICE_URL: nowhere,
    NOTIFIER_URL: nowhere,
    CONSOLE_WEB_DIR: '/nonexistent/console-web',
    ...env,
  });
  const app = await startConsole(config, 0);
  const baseUrl = httpBaseUrl(app);

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('json') && text !== '';
    return { status: res.status, headers: res.headers, body: json ? (JSON.parse(text) as unknown) : text };
  };
  const logIn = async (credentials: { email: string; password: string }) => {
    const res = await call('POST', '/v1/auth/login', { body: credentials });
    if (res.status !== 200) throw new Error(`login of ${credentials.email} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return (res.body as { token: string }).token;
  };
  const close = async () => {
    await app.close();
    await sql.end();
    await db.drop();
  };
  return { app, baseUrl, db, sql, call, logIn, close };
}
