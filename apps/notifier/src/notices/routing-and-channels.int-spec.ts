import { randomUUID } from 'node:crypto';
import { syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp, type Role } from '../../test/notifier-test-app';

/** DOMAIN.md §5: each level adds its audience to the one below. */
const BLUE_AUDIENCE: Role[] = ['liaison', 'grassroots_union_chair'];
const YELLOW_AUDIENCE: Role[] = [...BLUE_AUDIENCE, 'street_union', 'committee_management', 'committee_union', 'committee_employee'];
const ORANGE_AUDIENCE: Role[] = [...YELLOW_AUDIENCE, 'county_federation', 'labor_inspection_liaison', 'mediation_centre'];

/** With the default channels: inbox always, email from YELLOW, SMS from ORANGE. */
const EXPECTED: Record<'BLUE' | 'YELLOW' | 'ORANGE' | 'RED', { roles: Role[]; channels: string[] }> = {
  BLUE: { roles: BLUE_AUDIENCE, channels: ['in_app'] },
  YELLOW: { roles: YELLOW_AUDIENCE, channels: ['email', 'in_app'] },
  ORANGE: { roles: ORANGE_AUDIENCE, channels: ['email', 'in_app', 'sms'] },
  RED: { roles: [...ORANGE_AUDIENCE, 'federation_leadership'], channels: ['email', 'in_app', 'sms'] },
};

describe('notifier: who hears what, on which channel (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    notifier = await NotifierTestApp.start();
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  for (const level of ['BLUE', 'YELLOW', 'ORANGE', 'RED'] as const) {
    it(`routes ${level} to exactly its audience on exactly its channels`, async () => {
      const enterprise = await notifier.enterprise();
      const alertId = randomUUID();
      await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level }));
      const { roles, channels } = EXPECTED[level];
      const expected = roles.flatMap((role) => channels.map((channel) => `${channel}:${enterprise.people[role]}`)).sort();
      const delivered = await waitFor(`${level}: ${expected.length} person deliveries`, async () => {
        const got = (await notifier.delivered(alertId)).filter((d) => !d.startsWith('webhook:'));
        return got.length >= expected.length ? got : undefined;
      });
      expect(delivered.sort()).toEqual(expected);
      // What arrived on the real receivers: one mail and one text per person and channel.
      const mailed = notifier.smtp.received.filter((mail) => mail.headers['x-concord-delivery'] && roles.some((role) => mail.to.includes(enterprise.emailOf(enterprise.people[role]))));
      expect(mailed).toHaveLength(channels.includes('email') ? roles.length : 0);
      const texted = notifier.sms.received.filter((request) => roles.some((role) => (JSON.parse(request.body) as { to: string }).to === enterprise.phoneOf(enterprise.people[role])));
      expect(texted).toHaveLength(channels.includes('sms') ? roles.length : 0);
    });
  }

  it('writes each person in their language, with the evidence, legal basis, action, due date and a signed acknowledge link', async () => {
    const enterprise = await notifier.enterprise('Lakeside Foods');
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'YELLOW' }));
    const mails = await waitFor('mails to the liaison (en) and the union chair (zh-CN)', () => {
      const liaison = notifier.smtp.received.find((mail) => mail.to.includes(enterprise.emailOf(enterprise.people.liaison)));
      const chair = notifier.smtp.received.find((mail) => mail.to.includes(enterprise.emailOf(enterprise.people.grassroots_union_chair)));
      return liaison && chair ? { liaison, chair } : undefined;
    });
    expect(mails.liaison.subject).toContain('Lakeside Foods');
    expect(mails.liaison.text).toMatch(/YELLOW/);
    expect(mails.liaison.text).toContain('40 workers owed wages for 35 days');
    expect(mails.liaison.text).toContain('LDMAL Art. 7');
    expect(mails.chair.text).toContain('黄色预警');
    const link = /https?:\/\/\S+\/v1\/ack\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.exec(mails.chair.text)?.[0];
    expect(link).toBeDefined();
    const confirmPage = await fetch(`${notifier.baseUrl}${new URL(link as string).pathname}`);
    expect(confirmPage.status).toBe(200);
    expect(await confirmPage.text()).toContain('<form method="post">');
    const [thread] = await notifier.query<{ acknowledged_at: Date | null }>(`SELECT acknowledged_at FROM threads WHERE alert_id = $1`, [alertId]);
    expect(thread.acknowledged_at).toBeNull();
    const acknowledged = await fetch(`${notifier.baseUrl}${new URL(link as string).pathname}`, { method: 'POST' });
    expect(acknowledged.status).toBe(200);
    const [after] = await notifier.query<{ acknowledged_by: string }>(`SELECT acknowledged_by FROM threads WHERE alert_id = $1`, [alertId]);
    expect(after.acknowledged_by).toBe(`link:${enterprise.people.grassroots_union_chair}`);
    const forged = await fetch(`${notifier.baseUrl}${new URL(link as string).pathname.slice(0, -3)}abc`, { method: 'POST' });
    expect(forged.status).toBe(403);
  });

  it('defers a YELLOW’s email to the end of quiet hours but sends a RED at once on every channel', async () => {
    const enterprise = await notifier.enterprise();
    const chair = enterprise.people.grassroots_union_chair;
    // Quiet from a minute ago round the clock to two minutes ago: whenever the test runs, it is inside them.
    const now = new Date();
    const start = new Date(now.getTime() - 60_000).toISOString().slice(11, 16);
    const end = new Date(now.getTime() - 120_000).toISOString().slice(11, 16);
    const set = await notifier.call('PUT', `/v1/people/${chair}/preferences`, { channelsByLevel: { YELLOW: ['email'], RED: [] }, quietHours: { start, end, timeZone: 'UTC' } });
    expect(set.status).toBe(200);

    const yellow = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId: yellow, level: 'YELLOW' }));
    await waitFor('the YELLOW in the chair’s inbox', async () => (await notifier.delivered(yellow)).includes(`in_app:${chair}`));
    const [deferred] = await notifier.query<{ status: string; not_before: Date }>(`SELECT status, not_before FROM deliveries WHERE alert_id = $1 AND channel = 'email' AND person_id = $2`, [yellow, chair]);
    expect(deferred.status).toBe('pending');
    expect(deferred.not_before.getTime()).toBeGreaterThan(Date.now() + 22 * 3_600_000);

    const red = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId: red, level: 'RED' }));
    const delivered = await waitFor('the RED on all three channels to the chair', async () => {
      const got = (await notifier.delivered(red)).filter((d) => d.endsWith(chair));
      return got.length === 3 ? got : undefined;
    });
    expect(delivered.sort()).toEqual([`email:${chair}`, `in_app:${chair}`, `sms:${chair}`]);
  });

  it('routes by the table of the most specific region that has one', async () => {
    const enterprise = await notifier.enterprise();
    const street = enterprise.regionPath[1];
    const set = await notifier.call('PUT', `/v1/routing/${street}`, { minLevelByRole: { county_federation: 'BLUE' } });
    expect(set.status).toBe(200);
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'BLUE' }));
    const inbox = await waitFor('BLUE in three inboxes', async () => {
      const got = (await notifier.delivered(alertId)).filter((d) => d.startsWith('in_app:'));
      return got.length === 3 ? got : undefined;
    });
    expect(inbox).toContain(`in_app:${enterprise.people.county_federation}`);
    const refused = await notifier.call('PUT', `/v1/routing/${street}`, { minLevelByRole: { county_federation: 'PURPLE' } });
    expect(refused.status).toBe(400);
  });
});
