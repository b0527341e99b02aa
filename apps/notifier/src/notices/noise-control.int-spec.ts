import { randomUUID } from 'node:crypto';
import { COLLECTIVE_INCIDENT_RULE, syntheticRiskAlert, waitFor } from '@concord/testing';
import { NotifierTestApp } from '../../test/notifier-test-app';

interface NoticeRow {
  reason: string;
  outcome: string;
  alert_revision: number;
  detail: string | null;
}

describe('notifier: noise control (integration)', () => {
  let notifier: NotifierTestApp;

  beforeAll(async () => {
    // Repeats after 2 s, so a muted thread has something to be muted.
    notifier = await NotifierTestApp.start({ NOTIFY_REPEAT_INTERVAL_MS: '2000' });
  });

  afterAll(async () => {
    await notifier?.stop();
  });

  const noticesOf = (alertId: string, category?: string) =>
    notifier.query<NoticeRow>(
      `SELECT n.reason, n.outcome, n.alert_revision, n.detail FROM notices n JOIN threads t ON t.id = n.thread_id
        WHERE n.alert_id = $1 AND ($2::text IS NULL OR t.category = $2) ORDER BY n.created_at`,
      [alertId, category ?? null],
    );

  it('updates one thread per enterprise and category instead of repeating it, and tells each new revision once', async () => {
    const enterprise = await notifier.enterprise();
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'BLUE' }));
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'BLUE' })); // redelivered
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'YELLOW', revision: 2, previousLevel: 'BLUE' }));
    await waitFor('revision 2 told', async () => (await noticesOf(alertId)).some((n) => n.alert_revision === 2 && n.outcome === 'delivered'));
    const threads = await notifier.query<{ revision: number; level: string }>(`SELECT revision, level FROM threads WHERE enterprise_id = $1`, [enterprise.id]);
    expect(threads).toEqual([{ revision: 2, level: 'YELLOW' }]);
    const told = (await noticesOf(alertId)).filter((n) => n.reason !== 'repeat');
    // Revision 1 may have been grouped into revision 2's notice; never told twice.
    expect(told.length).toBeLessThanOrEqual(2);
    expect(new Set(told.map((n) => n.alert_revision)).size).toBe(told.length);
    const inboxOfChair = await notifier.query<{ n: string }>(
      `SELECT count(*) AS n FROM notifications WHERE alert_id = $1 AND person_id = $2 AND alert_revision = 1`,
      [alertId, enterprise.people.grassroots_union_chair],
    );
    expect(Number(inboxOfChair[0].n)).toBeLessThanOrEqual(1);
  });

  it('suppresses under a silence, and tells again when it expires', async () => {
    const enterprise = await notifier.enterprise();
    const created = await notifier.call<{ id: string }>('POST', '/v1/silences', {
      regionId: enterprise.regionPath[1],
      endsAt: new Date(Date.now() + 3_000).toISOString(),
      reason: 'mediation under way; the street handles it',
    });
    expect(created.status).toBe(201);
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'YELLOW' }));
    await waitFor('the silenced notice', async () => (await noticesOf(alertId)).some((n) => n.outcome === 'silenced'));
    expect(await notifier.delivered(alertId)).toEqual([]);
    const [silenced] = await noticesOf(alertId);
    expect(silenced.detail).toBe(`silenced:${created.body.id}`);

    const released = await waitFor('the release at the silence’s end', async () => {
      const got = await notifier.delivered(alertId, 'released');
      return got.filter((d) => d.startsWith('in_app:')).length === 6 ? got : undefined;
    }, { timeoutMs: 15_000 });
    expect(released).toContain(`in_app:${enterprise.people.street_union}`);
    await waitFor('the released email to the street union', () => notifier.smtp.received.some((mail) => mail.to.includes(enterprise.emailOf(enterprise.people.street_union))));
  });

  it('refuses a silence of everything, with the field that is missing', async () => {
    const refused = await notifier.call<{ problems: { path: string }[] }>('POST', '/v1/silences', { endsAt: new Date(Date.now() + 60_000).toISOString(), reason: 'everything' });
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p) => p.path)).toContain('enterpriseId');
  });

  it('mutes a lower thread while a RED collective incident is open, and releases it when the incident ends', async () => {
    const enterprise = await notifier.enterprise();
    const alertId = randomUUID();
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'YELLOW' }));
    await waitFor('the wage thread told', async () => (await noticesOf(alertId, 'labor_risk')).some((n) => n.outcome === 'delivered'));

    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'RED', revision: 2, previousLevel: 'YELLOW', fired: [COLLECTIVE_INCIDENT_RULE] }));
    await waitFor('the incident told at RED', async () => (await noticesOf(alertId, 'collective_incident')).some((n) => n.outcome === 'delivered'));
    // The wage thread's repeat falls while the incident is open: it is muted.
    const muted = await waitFor('the wage thread’s repeat muted', async () => (await noticesOf(alertId, 'labor_risk')).find((n) => n.outcome === 'inhibited'), { timeoutMs: 15_000 });
    expect(muted.reason).toBe('repeat');
    expect(muted.detail).toMatch(/^inhibited:/);

    // The incident no longer triggers: a revision about wages ends the incident thread and frees the wage thread.
    await notifier.publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'RED', revision: 3, previousLevel: 'RED' }));
    await waitFor('the wage thread told again', async () => (await noticesOf(alertId, 'labor_risk')).some((n) => n.alert_revision === 3 && n.outcome === 'delivered'), { timeoutMs: 15_000 });
    const [incident] = await notifier.query<{ status: string }>(`SELECT status FROM threads WHERE alert_id = $1 AND category = 'collective_incident'`, [alertId]);
    expect(incident.status).toBe('closed');
  });
});
