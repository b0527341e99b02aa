import { randomUUID } from 'node:crypto';
import { WEBHOOK_DELIVERY_HEADER } from '@concord/contracts';
import { consumedMessages, processedJobs } from '@concord/platform';
import { syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp } from '../../test/notifier-test-app';

interface DeliveryRow {
  id: string;
  channel: string;
  status: string;
  attempts: number;
  fallback_of: string | null;
}

describe('notifier: retries, dead letters, fallback and replay (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    notifier = await NotifierTestApp.start();
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  const deliveriesOf = (alertId: string, personId: string | null) =>
    notifier.query<DeliveryRow>(`SELECT id, channel, status, attempts, fallback_of FROM deliveries WHERE alert_id = $1 AND person_id IS NOT DISTINCT FROM $2 ORDER BY created_at`, [alertId, personId]);

  /** The process's Prometheus counter for one label set (the registry is shared by every app in this process). */
  const counted = async (metric: typeof processedJobs | typeof consumedMessages, labels: Record<string, string>) =>
    (await metric.get()).values.filter((value) => Object.entries(labels).every(([key, wanted]) => (value.labels as Record<string, string | number | undefined>)[key] === wanted)).reduce((sum, value) => sum + value.value, 0);

  it('delivers exactly once to a receiver that fails three times and then succeeds', async () => {
    const failedBefore = await counted(processedJobs, { job: 'deliver-webhook.v1', outcome: 'failed' });
    const consumedBefore = await counted(consumedMessages, { topic: 'risk.alerts', outcome: 'handled' });
    const enterprise = await notifier.enterprise();
    const alertId = randomUUID();
    notifier.webhook.failNext(3);
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'RED' }));
    const [webhook] = await waitFor('the webhook delivered', async () => {
      const rows = (await deliveriesOf(alertId, null)).filter((d) => d.status === 'delivered');
      return rows.length > 0 ? rows : undefined;
    });
    const requests = notifier.webhook.received.filter((r) => r.headers[WEBHOOK_DELIVERY_HEADER] === webhook.id);
    expect(requests.map((r) => r.answeredWith)).toEqual([500, 500, 500, 200]);
    expect(webhook.attempts).toBe(4);
    const log = await notifier.query<{ attempt: number; outcome: string }>(`SELECT attempt, outcome FROM delivery_attempts WHERE delivery_id = $1 ORDER BY attempt`, [webhook.id]);
    expect(log.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed', 'delivered']);
    // What Prometheus scrapes counts the same story: the alert consumed once, three failed webhook jobs.
    expect(await counted(consumedMessages, { topic: 'risk.alerts', outcome: 'handled' })).toBe(consumedBefore + 1);
    expect(await counted(processedJobs, { job: 'deliver-webhook.v1', outcome: 'failed' })).toBe(failedBefore + 3);
  });

  it('dead-letters a channel that always fails, falls back to the next one, and replays once the receiver recovers', async () => {
    const enterprise = await notifier.enterprise();
    const chair = enterprise.people.grassroots_union_chair;
    await notifier.call('PUT', `/v1/people/${chair}/preferences`, { channelsByLevel: { ORANGE: ['sms'] }, quietHours: null });
    notifier.sms.respondWith(503);
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'ORANGE' }));

    const rows = await waitFor('the SMS dead and the email fallback delivered', async () => {
      const got = await deliveriesOf(alertId, chair);
      const sms = got.find((d) => d.channel === 'sms');
      const email = got.find((d) => d.channel === 'email');
      return sms?.status === 'dead' && email?.status === 'delivered' ? { sms, email } : undefined;
    });
    expect(rows.sms.attempts).toBe(4);
    expect(rows.email.fallback_of).toBe(rows.sms.id);
    expect(notifier.smtp.received.filter((mail) => mail.to.includes(enterprise.emailOf(chair)))).toHaveLength(1);
    const dead = await notifier.call<{ items: { id: string }[] }>('GET', '/v1/deliveries/dead');
    expect(dead.body.items.map((d) => d.id)).toContain(rows.sms.id);

    notifier.sms.respondWith(200);
    const replayed = await notifier.call('POST', `/v1/deliveries/${rows.sms.id}/replay`);
    expect(replayed.status).toBe(202);
    await waitFor('the replayed SMS delivered', async () => (await deliveriesOf(alertId, chair)).find((d) => d.id === rows.sms.id)?.status === 'delivered');
    const texts = notifier.sms.received.filter((r) => (JSON.parse(r.body) as { reference: string }).reference === rows.sms.id);
    expect(texts.map((r) => r.answeredWith)).toEqual([503, 503, 503, 503, 200]);
    const again = await notifier.call('POST', `/v1/deliveries/${rows.sms.id}/replay`);
    expect(again.status).toBe(409);
  });
});
