import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import IORedis from 'ioredis';

/**
 * Integration and end-to-end suites need the real Postgres and Redis of this machine and the
 * project's Kafka-protocol dev broker. The broker is started here unless KAFKA_BROKERS points at
 * one already; child processes (test workers, services) inherit the address through the env.
 */
export default async function globalSetup(): Promise<void> {
  process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';
  process.env.REDIS_URL ??= 'redis://127.0.0.1:6379';
  await assertPostgres(process.env.DATABASE_URL);
  await assertRedis(process.env.REDIS_URL);
  if (!process.env.KAFKA_BROKERS) {
    const script = join(__dirname, '..', 'scripts', 'broker.sh');
    // Only a broker this run started is stopped by the teardown; one already running is shared.
    const alreadyRunning = spawnSync('bash', [script, 'status'], { encoding: 'utf8' }).status === 0;
    process.env.KAFKA_BROKERS = execFileSync('bash', [script, 'start'], { encoding: 'utf8' }).trim();
    if (!alreadyRunning) process.env.CONCORD_TEST_STARTED_BROKER = '1';
  }
}

async function assertPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${url}: ${(error as Error).message}. Start it (see ENVIRONMENT.md) or run .ci/run.`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function assertRedis(url: string): Promise<void> {
  const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is not reachable at ${url}: ${(error as Error).message}. Start it (see ENVIRONMENT.md) or run .ci/run.`);
  } finally {
    redis.disconnect();
  }
}
