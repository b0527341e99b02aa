import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { TopicEvent } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { startService } from '@concord/platform';
import {
  TEST_JWT_SECRET,
  type TestDatabase,
  createTestDatabase,
  httpBaseUrl,
  installDirectoryFixture,
  serviceTestEnv,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
} from '@concord/testing';
import { DataSource } from 'typeorm';
import { riskDatabaseOptions } from '../src/risk-database';
import { loadRiskEngineConfig } from '../src/risk-engine.config';
import { RiskEngineModule } from '../src/risk-engine.module';
import { ScoreEventsUseCase } from '../src/scoring/use-cases/score-events.use-case';

export interface RiskEngineTestApp {
  app: INestApplication;
  dataSource: DataSource;
  baseUrl: string;
  /** Stores and scores events as the Kafka consumer would, without going through Kafka. */
  score(...events: TopicEvent<'hr.events'>[]): Promise<void>;
  /** A staff token with these roles (and a fresh subject unless given). */
  token(roles: string[], sub?: string): string;
  close(): Promise<void>;
}

/**
 * Re-evaluation slots daily (at 00:00 UTC) rather than hourly, for tests that do not test them: a
 * slot falling inside a test would re-assess its past-dated histories as of today and move the
 * levels it checks.
 */
export const DAILY_REEVALUATION = Object.freeze({ RISK_REEVALUATION_MINUTES: '1440' });

/**
 * risk-engine in-process, without its Kafka consumer, on a database of its own (directory fixture
 * views + migrated risk schema), its own topic prefix and Redis key prefix; DAILY_REEVALUATION
 * unless a test asks otherwise.
 */
export async function startRiskEngineTestApp(name: string, extraEnv: Record<string, string> = {}): Promise<RiskEngineTestApp> {
  const db: TestDatabase = await createTestDatabase(name);
  await installDirectoryFixture(db.url);
  await migrateServiceSchema(riskDatabaseOptions(db.url), 'up');
  const env = serviceTestEnv({ databaseUrl: db.url, kafka: testKafkaEnv(uniqueName(name)), redis: testRedisEnv(), extra: { ...DAILY_REEVALUATION, ...extraEnv } });
  const app = await startService({ rootModule: RiskEngineModule.forRoot(loadRiskEngineConfig(env)), port: 0 });
  const jwt = new JwtService({ secret: TEST_JWT_SECRET });
  return {
    app,
    dataSource: app.get(DataSource),
    baseUrl: httpBaseUrl(app),
    score: async (...events) => {
      await app.get(ScoreEventsUseCase).execute(events);
    },
    token: (roles, sub = randomUUID()) => jwt.sign({ sub, roles, regionId: null, enterpriseId: null }, { algorithm: 'HS256', expiresIn: 600 }),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}
