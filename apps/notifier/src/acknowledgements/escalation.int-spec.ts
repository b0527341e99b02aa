import { randomUUID } from 'node:crypto';
import { syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp } from '../../test/notifier-test-app';

describe('notifier: acknowledge or escalate (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    // Every level must be acknowledged within 1.5 s here (4 h for ORANGE by default). The sweeper
    // waits a minute, so an escalation here can only come from the deadline clock.
    notifier = await NotifierTestApp.start({ NOTIFY_ACK_DEADLINE_MS: '1500', NOTIFY_SWEEP_MS: '60000' });
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  const threadOf = async (alertId: string) => (await notifier.query<{ id: string; escalation_step: number }>(`SELECT id, escalation_step FROM threads WHERE alert_id = $1`, [alertId]))[0];

  it('escalates an unacknowledged ORANGE to the county tier’s leadership after its deadline', async () => {
    const enterprise = await notifier.enterprise();
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'ORANGE' }));
    await waitFor('the ORANGE told', async () => (await notifier.delivered(alertId, 'opened')).length > 0);
    expect(await notifier.delivered(alertId, 'opened')).not.toContain(`in_app:${enterprise.people.federation_leadership}`);

    const escalated = await waitFor('the escalation delivered on three channels', async () => {
      const got = (await notifier.delivered(alertId, 'escalated')).filter((d) => !d.startsWith('webhook:'));
      return got.length >= 3 ? got : undefined;
    });
    expect(escalated.sort()).toEqual(
      ['email', 'in_app', 'sms'].map((channel) => `${channel}:${enterprise.people.federation_leadership}`),
    );
    expect((await threadOf(alertId)).escalation_step).toBe(1);
    const mail = notifier.smtp.received.find((m) => m.to.includes(enterprise.emailOf(enterprise.people.federation_leadership)));
    expect(mail?.text).toMatch(/升级|escalat/i);
  });

  it('does not escalate an ORANGE someone acknowledged in time', async () => {
    const enterprise = await notifier.enterprise();
    const [acknowledgedAlert, unattendedAlert] = [randomUUID(), randomUUID()];
    // The same deadline for both; only the unattended one's escalation shows that the deadline passed.
    const unattendedEnterprise = await notifier.enterprise();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId: acknowledgedAlert, level: 'ORANGE' }));
    await notifier.publish(syntheticRiskAlert({ enterpriseId: unattendedEnterprise.id, alertId: unattendedAlert, level: 'ORANGE' }));
    await waitFor('the ORANGE told', async () => (await notifier.delivered(acknowledgedAlert, 'opened')).length > 0);
    const thread = await threadOf(acknowledgedAlert);
    const acknowledged = await notifier.call<{ first: boolean }>('POST', `/v1/threads/${thread.id}/acknowledge`);
    expect(acknowledged.status).toBe(201);
    expect(acknowledged.body.first).toBe(true);

    await waitFor('the unattended ORANGE escalated', async () => (await threadOf(unattendedAlert)).escalation_step === 1);
    expect(await notifier.delivered(acknowledgedAlert, 'escalated')).toEqual([]);
    const notices = await notifier.query<{ reason: string }>(`SELECT reason FROM notices WHERE alert_id = $1`, [acknowledgedAlert]);
    expect(notices.map((n) => n.reason)).toEqual(['opened']);
    const again = await notifier.call<{ first: boolean }>('POST', `/v1/threads/${thread.id}/acknowledge`);
    expect(again.body.first).toBe(false);
  });
});
