import { randomBytes } from 'node:crypto';
import {
  type HttpReceiver,
  type ServiceProcess,
  type TestDatabase,
  createTestDatabase,
  freePort,
  runServiceCommand,
  startHttpReceiver,
  startServiceProcess,
  uniqueName,
} from '@concord/testing';

export const SERVICES = ['console', 'ingest-api', 'risk-engine', 'notifier', 'case-service'] as const;
export type ServiceName = (typeof SERVICES)[number];
const MIGRATED: ServiceName[] = ['console', 'ingest-api', 'risk-engine', 'notifier', 'case-service'];

export interface SystemUnderTest {
  urls: Record<ServiceName, string>;
  env: NodeJS.ProcessEnv;
  webhook: HttpReceiver;
  webhookSecret: string;
  admin: { email: string; password: string };
  processes: ServiceProcess[];
  /** Kills a service (SIGKILL: no shutdown hooks run) and starts it again on the same port and settings. */
  kill(service: ServiceName): Promise<void>;
  /** Starts a killed service again; resolves once it is ready. */
  restart(service: ServiceName): Promise<void>;
  stop(): Promise<void>;
}

export interface SystemOptions {
  /** Settings added to (or overriding) every service's environment, e.g. shorter timers. */
  env?: NodeJS.ProcessEnv;
}

/**
 * The whole system as separate processes from the built binaries, on a database, topic prefix,
 * consumer groups and Redis prefix of its own, talking to the dev broker of this test run.
 */
export async function startSystem(options: SystemOptions = {}): Promise<SystemUnderTest> {
  const database: TestDatabase = await createTestDatabase('concord_e2e');
  const webhook = await startHttpReceiver();
  const webhookSecret = randomBytes(24).toString('hex');
  const admin = { email: 'admin@concord.test', password: randomBytes(12).toString('hex') };
  const prefix = uniqueName('e2e');
  const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (s) => [s, await freePort()] as const))) as Record<ServiceName, number>;
  const urls = Object.fromEntries(SERVICES.map((s) => [s, `http://127.0.0.1:${ports[s]}`])) as Record<ServiceName, string>;
  const env: NodeJS.ProcessEnv = {
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: prefix,
    KAFKA_TOPIC_PREFIX: `${prefix}.`,
    KAFKA_IDEMPOTENT_PRODUCER: 'false',
    KAFKA_CREATE_TOPICS: 'false',
    LOG_LEVEL: 'warn',
    JWT_SECRET: randomBytes(32).toString('hex'),
    COMPLAINT_IDENTITY_KEY: randomBytes(32).toString('base64'),
    COMPLAINT_PSEUDONYM_KEY: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    WEBHOOK_URL: webhook.url,
    WEBHOOK_SECRET: webhookSecret,
    ACK_LINK_SECRET: randomBytes(32).toString('hex'),
    NOTIFY_GROUP_WAIT_MS: '0',
    RISK_ENGINE_URL: urls['risk-engine'],
    CASE_SERVICE_URL: urls['case-service'],
    NOTIFIER_URL: urls.notifier,
    CONSOLE_URL: urls.console,
    ...options.env,
  };
  const processes: ServiceProcess[] = [];
  const start = (service: ServiceName) => startServiceProcess(service, ports[service], { ...env, KAFKA_CLIENT_ID: `${prefix}-${service}` });
  const indexOf = (service: ServiceName) => processes.findIndex((p) => p.name === service);
  const kill = async (service: ServiceName) => {
    await processes[indexOf(service)].stop('SIGKILL');
  };
  const restart = async (service: ServiceName) => {
    processes[indexOf(service)] = await start(service);
  };
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await webhook.close();
    await database.drop();
  };
  try {
    for (const service of MIGRATED) {
      const { code, output } = await runServiceCommand(service, 'migrate', env);
      if (code !== 0) throw new Error(`${service} migrate failed:\n${output}`);
    }
    const seeded = await runServiceCommand('console', 'seed', env);
    if (seeded.code !== 0) throw new Error(`console seed failed:\n${seeded.output}`);
    for (const service of SERVICES) {
      processes.push(await start(service));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { urls, env, webhook, webhookSecret, admin, processes, kill, restart, stop };
}
