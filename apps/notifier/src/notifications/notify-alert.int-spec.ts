import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type RiskAlertV1, TOPICS, WEBHOOK_DELIVERY_HEADER, WEBHOOK_SIGNATURE_HEADER, verifyWebhookSignature } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { EventPublisher, KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  type HttpReceiver,
  type ReceivedRequest,
  type TestDatabase,
  createTestDatabase,
  deleteRedisKeys,
  httpBaseUrl,
  serviceTestEnv,
  startHttpReceiver,
  syntheticRiskAlert,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
  waitFor,
  installDirectoryFixture,
} from '@concord/testing';
import { Client } from 'pg';
import type { DeliveryView } from '../deliveries/use-cases/list-alert-deliveries.use-case';
import { notifyDatabaseOptions } from '../notify-database';
import { loadNotifierConfig } from '../notifier.config';
import { NotifierModule, SERVICE_NAME } from '../notifier.module';
import type { PersonNotificationView } from './use-cases/list-person-notifications.use-case';

const WEBHOOK_SECRET = 'integration-webhook-secret';
const enterpriseId = randomUUID();
const county = randomUUID();
const street = randomUUID();
const community = randomUUID();

/** One person per role; the chair also sits on the committee for the union, as often happens. */
const people = {
  liaison: randomUUID(),
  chair: randomUUID(),
  management: randomUUID(),
  employee: randomUUID(),
  streetUnion: randomUUID(),
  countyFederation: randomUUID(),
  inspection: randomUUID(),
  mediationCentre: randomUUID(),
  leadership: randomUUID(),
};
const contacts: [string, string][] = [
  [people.liaison, 'liaison'],
  [people.chair, 'grassroots_union_chair'],
  [people.chair, 'committee_union'],
  [people.management, 'committee_management'],
  [people.employee, 'committee_employee'],
  [people.streetUnion, 'street_union'],
  [people.countyFederation, 'county_federation'],
  [people.inspection, 'labor_inspection_liaison'],
  [people.mediationCentre, 'mediation_centre'],
  [people.leadership, 'federation_leadership'],
];
/** DOMAIN.md §5: ORANGE reaches everyone above except federation leadership (RED only). */
const orangeRecipients = Object.entries(people).filter(([key]) => key !== 'leadership');

describe('notifier: notify an alert (integration)', () => {
  let db: TestDatabase;
  let receiver: HttpReceiver;
  let app: INestApplication;
  let baseUrl: string;
  let token: string;
  const redisEnv = testRedisEnv(uniqueName('notifier'));

  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  const notificationsOf = async (personId: string) => (await get<{ items: PersonNotificationView[] }>(`/v1/people/${personId}/notifications`)).items;
  const deliveriesOf = async (alertId: string) => (await get<{ items: DeliveryView[] }>(`/v1/alerts/${alertId}/deliveries`)).items;
  const webhookRequestsFor = (alertId: string): ReceivedRequest[] =>
    receiver.received.filter((r) => (JSON.parse(r.body) as { alert: { alertId: string } }).alert.alertId === alertId);
  const publish = (event: RiskAlertV1) => app.get(EventPublisher).publish(TOPICS.riskAlerts, [event]);

  beforeAll(async () => {
    db = await createTestDatabase('concord_notifier');
    await seedDirectory(db.url);
    await migrateServiceSchema(notifyDatabaseOptions(db.url), 'up');
    receiver = await startHttpReceiver();
    const kafka = testKafkaEnv(uniqueName('notifier'));
    const config = loadNotifierConfig(
      serviceTestEnv({
        databaseUrl: db.url,
        kafka,
        redis: redisEnv,
        extra: { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET, CONSOLE_URL: 'https://console.test', ACK_LINK_SECRET: 'integration-ack-link-secret-of-32-chars!', NOTIFY_GROUP_WAIT_MS: '0' },
      }),
    );
    app = await startService({
      rootModule: NotifierModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('notifier') }),
    });
    baseUrl = httpBaseUrl(app);
    token = await app.get(JwtService).signAsync({ sub: randomUUID(), roles: ['admin'], regionId: null, enterpriseId: null });
  });

  afterAll(async () => {
    await app?.close();
    await receiver?.close();
    await deleteRedisKeys(redisEnv.REDIS_URL, redisEnv.REDIS_KEY_PREFIX);
    await db?.drop();
  });

  const alertId = randomUUID();

  it('notifies every ORANGE recipient in-app and POSTs one signed webhook', async () => {
    const event = syntheticRiskAlert({ enterpriseId, alertId, level: 'ORANGE' });
    await publish(event);

    await waitFor('every ORANGE recipient to have a delivered in-app notification', async () => {
      for (const [, personId] of orangeRecipients) {
        const items = await notificationsOf(personId);
        if (!items.some((n) => n.alertId === alertId && n.delivery?.status === 'delivered')) return false;
      }
      return true;
    });
    const [notification] = await notificationsOf(people.liaison);
    expect(notification).toMatchObject({ level: 'ORANGE', title: 'ORANGE risk alert: Harbour Textiles', readAt: null });
    expect(notification.body).toMatchObject({
      enterprise: { id: enterpriseId, name: 'Harbour Textiles' },
      evidence: [{ ruleId: 'W3', values: { workersOwed: 40, daysLate: 35 } }],
      legalBasis: ['LDMAL Art. 7'],
      link: `https://console.test/alerts/${alertId}`,
    });
    expect(notification.body.recommendedAction).toMatch(/mediation/);
    expect(await notificationsOf(people.leadership)).toEqual([]);

    const webhook = await waitFor('the webhook delivery to be delivered', async () =>
      (await deliveriesOf(alertId)).find((d) => d.channel === 'webhook' && d.status === 'delivered'),
    );
    const requests = webhookRequestsFor(alertId);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers[WEBHOOK_DELIVERY_HEADER]).toBe(webhook.id);
    const signature = request.headers[WEBHOOK_SIGNATURE_HEADER] as string;
    expect(verifyWebhookSignature(WEBHOOK_SECRET, signature, request.body, 300, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature('another-secret-entirely', signature, request.body, 300, Math.floor(Date.now() / 1000))).toBe(false);
    // The alert whole, as the engine published it, and nothing beside what WebhookPayload names.
    expect(JSON.parse(request.body)).toEqual({
      alert: event.data,
      enterprise: { id: enterpriseId, name: 'Harbour Textiles' },
      level: 'ORANGE',
      title: 'ORANGE risk alert: Harbour Textiles',
      link: `https://console.test/alerts/${alertId}`,
    });
    expect(webhook.attemptLog).toEqual([expect.objectContaining({ attempt: 1, outcome: 'delivered', httpStatus: 200 })]);
  });

  it('does nothing more when the same alert revision arrives again', async () => {
    await publish(syntheticRiskAlert({ enterpriseId, alertId, level: 'ORANGE' }));
    // Same enterprise, so same partition: once the marker is through, the duplicate was handled before it.
    const marker = randomUUID();
    await publish(syntheticRiskAlert({ enterpriseId, alertId: marker, level: 'YELLOW' }));
    await waitFor('the marker alert to be notified and delivered by webhook', async () => {
      const liaisonHasIt = (await notificationsOf(people.liaison)).some((n) => n.alertId === marker);
      return liaisonHasIt && webhookRequestsFor(marker).length === 1;
    });

    for (const [role, personId] of orangeRecipients) {
      const forAlert = (await notificationsOf(personId)).filter((n) => n.alertId === alertId);
      expect({ role, count: forAlert.length }).toEqual({ role, count: 1 });
    }
    expect(webhookRequestsFor(alertId)).toHaveLength(1);
    const deliveries = await deliveriesOf(alertId);
    expect(deliveries.filter((d) => d.channel === 'in_app')).toHaveLength(orangeRecipients.length);
    expect(deliveries.filter((d) => d.channel === 'webhook')).toHaveLength(1);
  });

  it('retries a failed webhook and logs the failed attempt', async () => {
    const failing = randomUUID();
    receiver.respondWith(500);
    await publish(syntheticRiskAlert({ enterpriseId, alertId: failing, level: 'RED' }));
    await waitFor('the webhook receiver to be called (and answer 500)', () => webhookRequestsFor(failing).length >= 1);
    receiver.respondWith(200);

    const webhook = await waitFor('the retried webhook delivery to be delivered', async () =>
      (await deliveriesOf(failing)).find((d) => d.channel === 'webhook' && d.status === 'delivered'),
    );
    expect(webhook.attemptLog.length).toBeGreaterThanOrEqual(2);
    expect(webhook.attemptLog[0]).toMatchObject({ attempt: 1, outcome: 'failed', httpStatus: 500, error: 'receiver answered HTTP 500' });
    expect(webhook.attemptLog.at(-1)).toMatchObject({ outcome: 'delivered', httpStatus: 200 });
    expect(webhook.attempts).toBe(webhook.attemptLog.length);
    const requests = webhookRequestsFor(failing);
    expect(requests).toHaveLength(webhook.attemptLog.length);
    expect(new Set(requests.map((r) => r.headers[WEBHOOK_DELIVERY_HEADER]))).toEqual(new Set([webhook.id]));
    // RED also reaches federation leadership.
    expect((await notificationsOf(people.leadership)).map((n) => n.alertId)).toEqual([failing]);
  });

  it('answers 400 for a malformed person id and 401 without a token', async () => {
    const bad = await fetch(`${baseUrl}/v1/people/not-a-uuid/notifications`, { headers: { authorization: `Bearer ${token}` } });
    expect(bad.status).toBe(400);
    const anonymous = await fetch(`${baseUrl}/v1/alerts/${alertId}/deliveries`);
    expect(anonymous.status).toBe(401);
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, 'Harbour Textiles', '91330200MA2X0001', $2, $3, 'manufacturing', 420, $4)`,
        [enterpriseId, community, [county, street, community], people.liaison],
      );
      for (const [personId, role] of contacts) {
        await client.query(`INSERT INTO directory.fixture_contacts (enterprise_id, person_id, role, name) VALUES ($1, $2, $3, $4)`, [
          enterpriseId,
          personId,
          role,
          `Contact ${role}`,
        ]);
      }
    } finally {
      await client.end();
    }
  }
});
