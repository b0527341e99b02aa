import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type RiskAlertV1, TOPICS, type TopicEvent } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { EventPublisher, KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import { CONTACT_ROLES, type ContactRole } from '@concord/routing';
import {
  type HttpReceiver,
  type SmtpReceiver,
  type TestDatabase,
  createTestDatabase,
  deleteRedisKeys,
  httpBaseUrl,
  installDirectoryFixture,
  serviceTestEnv,
  startHttpReceiver,
  startSmtpReceiver,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
} from '@concord/testing';
import { Client } from 'pg';
import { notifyDatabaseOptions } from '../src/notify-database';
import { loadNotifierConfig } from '../src/notifier.config';
import { NotifierModule, SERVICE_NAME } from '../src/notifier.module';

/** The roles of one enterprise's network, one person each, every one reachable by email and SMS. */
export const ROLES = CONTACT_ROLES;
export type Role = ContactRole;

export interface TestEnterprise {
  id: string;
  regionPath: string[];
  /** person id by role */
  people: Record<Role, string>;
  /** email address and phone number by person id */
  emailOf(personId: string): string;
  phoneOf(personId: string): string;
}

export const WEBHOOK_SECRET = 'notifier-test-webhook-secret';

/**
 * A notifier started in-process against a fresh database (directory fixture views), its own Kafka
 * topic prefix and Redis prefix, a real SMTP server, an HTTP SMS gateway and a webhook receiver,
 * with timers shortened by `env` (group wait 0, short retries) so tests run in seconds.
 */
export class NotifierTestApp {
  private constructor(
    readonly app: INestApplication,
    readonly db: TestDatabase,
    readonly smtp: SmtpReceiver,
    readonly sms: HttpReceiver,
    readonly webhook: HttpReceiver,
    readonly baseUrl: string,
    readonly staffToken: string,
    private readonly redis: { REDIS_URL: string; REDIS_KEY_PREFIX: string },
  ) {}

  static async start(env: Record<string, string> = {}): Promise<NotifierTestApp> {
    const db = await createTestDatabase('concord_notifier');
    await installDirectoryFixture(db.url);
    await migrateServiceSchema(notifyDatabaseOptions(db.url), 'up');
    const [smtp, sms, webhook] = [await startSmtpReceiver(), await startHttpReceiver(), await startHttpReceiver()];
    const redis = testRedisEnv(uniqueName('notifier'));
    const kafka = testKafkaEnv(uniqueName('notifier'));
    const config = loadNotifierConfig(
      serviceTestEnv({
        databaseUrl: db.url,
        kafka,
        redis,
        extra: {
          WEBHOOK_URL: webhook.url,
          WEBHOOK_SECRET,
          SMTP_URL: smtp.url,
          SMS_GATEWAY_URL: sms.url,
          CONSOLE_URL: 'https://console.test',
          ACK_LINK_SECRET: 'notifier-test-ack-link-secret-of-32-chars',
          NOTIFY_GROUP_WAIT_MS: '0',
          NOTIFY_RETRY_BASE_MS: '100',
          NOTIFY_SWEEP_MS: '500',
          NOTIFY_DEADLINE_TICK_MS: '200',
          ...env,
        },
      }),
    );
    const app = await startService({
      rootModule: NotifierModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('notifier') }),
    });
    const token = await app.get(JwtService).signAsync({ sub: randomUUID(), roles: ['admin'], regionId: null, enterpriseId: null });
    return new NotifierTestApp(app, db, smtp, sms, webhook, httpBaseUrl(app), token, redis);
  }

  /** An enterprise in a community of a street of a county, with a person in every role. */
  async enterprise(name = 'Harbour Textiles'): Promise<TestEnterprise> {
    const id = randomUUID();
    const regionPath = [randomUUID(), randomUUID(), randomUUID()];
    const people = Object.fromEntries(ROLES.map((role) => [role, randomUUID()])) as Record<Role, string>;
    const emailOf = (personId: string) => `${personId}@people.test`;
    const phoneOf = (personId: string) => `+86-${personId.slice(0, 8)}`;
    const client = new Client({ connectionString: this.db.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, $2, $3, $4, $5, 'manufacturing', 420, $6)`,
        [id, name, `9133${id.slice(0, 8)}`, regionPath[2], regionPath, people.liaison],
      );
      for (const role of ROLES) {
        const personId = people[role];
        await client.query(`INSERT INTO directory.fixture_contacts (enterprise_id, person_id, role, name, email, phone, language) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          id,
          personId,
          role,
          `Contact ${role}`,
          emailOf(personId),
          phoneOf(personId),
          role === 'liaison' ? 'en' : 'zh-CN',
        ]);
      }
    } finally {
      await client.end();
    }
    return { id, regionPath, people, emailOf, phoneOf };
  }

  publish(event: RiskAlertV1): Promise<void> {
    return this.app.get(EventPublisher).publish(TOPICS.riskAlerts, [event]);
  }

  /** Publishes case events in order (one enterprise's key keeps them in one partition). */
  publishCaseEvents(events: TopicEvent<'case.events'>[]): Promise<void> {
    return this.app.get(EventPublisher).publish(TOPICS.caseEvents, events);
  }

  /** A mediator on the directory's roster; `email` null for one the notifier can reach only in the inbox. */
  async mediator(name: string, language: 'zh-CN' | 'en', email: string | null): Promise<string> {
    const id = randomUUID();
    await this.query(
      `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, capacity, email, language) VALUES ($1, $2, '{street,county}', '{}', '{zh}', 5, $3, $4)`,
      [id, name, email, language],
    );
    return id;
  }

  async call<T>(method: string, path: string, body?: unknown, token: string = this.staffToken): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  }

  /** Runs a query on the notifier's database (notify schema first on the path). */
  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.db.url, options: '-c search_path=notify,public' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Who received what: `<channel>:<person id>` of every delivered delivery (in-app entries included) of an alert's notices of a reason. */
  async delivered(alertId: string, reason?: string): Promise<string[]> {
    const rows = await this.query<{ channel: string; person_id: string | null; target: string }>(
      `SELECT d.channel, d.person_id, d.target FROM delivery_log d JOIN notices n ON n.id = d.notice_id
        WHERE d.alert_id = $1 AND d.status = 'delivered' AND ($2::text IS NULL OR n.reason = $2) ORDER BY 1, 2`,
      [alertId, reason ?? null],
    );
    return rows.map((row) => `${row.channel}:${row.person_id ?? row.target}`);
  }

  /**
   * Closes the app, waiting at most 20 s: under CI's load a notifier with 2-second repeats has been
   * seen not to finish closing (cause not yet found, see the closing note); the receivers and the
   * database are cleaned up either way.
   */
  async stop(): Promise<void> {
    // Nothing left to repeat or escalate: a quiet notifier closes at once.
    await this.query(`UPDATE threads SET acknowledged_at = now(), acknowledged_by = 'test teardown' WHERE acknowledged_at IS NULL`);
    if (!(await finishesWithin(this.app.close(), 20_000))) process.stderr.write('notifier test app: close did not finish within 20 s; cleaning up anyway\n');
    await finishesWithin(Promise.all([this.smtp.close(), this.sms.close(), this.webhook.close()]), 5_000);
    await deleteRedisKeys(this.redis.REDIS_URL, this.redis.REDIS_KEY_PREFIX);
    await this.db.drop();
  }
}

/** Whether `work` settles within `ms`; it goes on in the background if not. */
async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([work.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
}
