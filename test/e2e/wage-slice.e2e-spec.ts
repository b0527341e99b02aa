import { randomUUID } from 'node:crypto';
import { verifyWebhookSignature } from '@concord/contracts';
import { runServiceCommand, waitFor, wagePaymentEvent } from '@concord/testing';
import { type SliceDirectory, buildSliceDirectory } from './directory-fixture';
import { expectStatus, request } from './http-client';
import { type SystemUnderTest, startSystem } from './system-under-test';

interface Items<T> {
  items: T[];
}
interface RiskView {
  level: string;
  explanation: { ruleId: string; summary: string; legalBasis: string }[];
}
interface CaseView {
  id: string;
  status: string;
  mediatorIds: string[];
}

/**
 * The first vertical slice, across all five services running as processes, driven through
 * public HTTP only: an enterprise reports 12 of its 100 workers unpaid for 35 days.
 */
describe('one wage-arrears event through every service (e2e)', () => {
  let system: SystemUnderTest;
  let directory: SliceDirectory;
  let token: string;
  // One business time for every send of the canonical event: a resend is then the same body (a duplicate, not a conflict).
  const canonicalTime = new Date();
  const canonical = () => wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 12, daysLate: 35, id: 'e2e-wage-run-2026-10' }, canonicalTime);

  const get = <T>(path: string) => expectStatus<T>(200, request<T>('GET', `${system.urls.console}${path}`, { token }));
  const postEvent = <T = unknown>(key: string, body: unknown) => request<T>('POST', `${system.urls['ingest-api']}/v1/events`, { token: key, body });
  const notificationsOf = (personId: string) => get<Items<{ alertId: string }>>(`/v1/people/${personId}/notifications`).then((r) => r.items);
  const casesOf = (enterpriseId: string) => get<Items<CaseView>>(`/v1/cases?enterpriseId=${enterpriseId}`).then((r) => r.items);
  const alertsOf = (enterpriseId: string) => get<Items<{ alertId: string; level: string }>>(`/v1/alerts?enterpriseId=${enterpriseId}`).then((r) => r.items);
  const scoresOf = (enterpriseId: string) =>
    request<Items<{ triggerEventId: string; level: string }>>('GET', `${system.urls['risk-engine']}/v1/enterprises/${enterpriseId}/scores`, { token }).then((r) => r.body.items ?? []);

  beforeAll(async () => {
    system = await startSystem();
    const login = await expectStatus<{ token: string }>(200, request('POST', `${system.urls.console}/v1/auth/login`, { body: system.admin }));
    token = login.token;
    directory = await buildSliceDirectory(system.urls.console, token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('makes the enterprise ORANGE, notifies its people, calls the webhook and assigns a mediator within 30 s', async () => {
    const posted = Date.now();
    await expectStatus(202, postEvent(directory.keyA, canonical()));

    const risk = await waitFor('enterprise A to be ORANGE', async () => {
      const response = await request<RiskView>('GET', `${system.urls.console}/v1/enterprises/${directory.enterpriseA}/risk`, { token });
      return response.status === 200 && response.body.level === 'ORANGE' ? response.body : undefined;
    });
    expect(risk.explanation.map((rule) => rule.ruleId).sort()).toEqual(['W1', 'W3', 'W3L']);
    expect(risk.explanation.every((rule) => rule.legalBasis.length > 0 && rule.summary.length > 0)).toBe(true);

    for (const personId of [directory.liaisonId, ...directory.committeeIds]) {
      await waitFor(`an in-app notification for ${personId}`, async () => (await notificationsOf(personId)).length === 1);
    }

    const delivery = await waitFor('a webhook delivery', () => system.webhook.received[0]);
    const signature = String(delivery.headers['x-concord-signature']);
    expect(verifyWebhookSignature(system.webhookSecret, signature, delivery.body, 300, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifyWebhookSignature('another-secret-of-sufficient-length', signature, delivery.body, 300, Math.floor(Date.now() / 1000))).toBe(false);

    const [assigned] = await waitFor('a case with a mediator', async () => {
      const cases = await casesOf(directory.enterpriseA);
      return cases.length === 1 && cases[0].status === 'assigned' ? cases : undefined;
    });
    expect(assigned.mediatorIds).toEqual([directory.mediatorId]);
    expect(Date.now() - posted).toBeLessThan(30_000);
    // Why this mediator, readable through the API.
    const detail = await get<{ assignment: { summary: string; ranking: { mediatorId: string }[] } }>(`/v1/cases/${assigned.id}`);
    expect(detail.assignment.summary).toContain(directory.mediatorId);
    expect(detail.assignment.ranking[0].mediatorId).toBe(directory.mediatorId);

    // The console shows when the enterprise's key was last used (recorded by ingest-api).
    const keys = await waitFor('the key to show its last use', async () => {
      const listed = await get<{ lastUsedAt: string | null }[]>(`/v1/enterprises/${directory.enterpriseA}/api-keys`);
      return listed.every((key) => key.lastUsedAt !== null) ? listed : undefined;
    });
    expect(Date.now() - new Date(keys[0].lastUsedAt ?? 0).getTime()).toBeLessThan(60_000);
  });

  it('changes nothing when the same event id is posted again', async () => {
    const again = await expectStatus(200, postEvent<{ status: string }>(directory.keyA, canonical()));
    expect(again.status).toBe('duplicate');
    // A later event of the same enterprise lands on the same partition after the duplicate:
    // once it is scored, the duplicate has certainly been processed (and skipped).
    const marker = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 0, daysLate: 0, period: '2026-09' });
    await expectStatus(202, postEvent(directory.keyA, marker));
    await waitFor('the marker to be scored', async () => (await scoresOf(directory.enterpriseA)).some((s) => s.triggerEventId === marker.id));

    const scores = await scoresOf(directory.enterpriseA);
    expect(scores.filter((s) => s.triggerEventId === 'e2e-wage-run-2026-10')).toHaveLength(1);
    expect(await alertsOf(directory.enterpriseA)).toHaveLength(1);
    expect(await casesOf(directory.enterpriseA)).toHaveLength(1);
    for (const personId of [directory.liaisonId, ...directory.committeeIds]) expect(await notificationsOf(personId)).toHaveLength(1);
    expect(system.webhook.received).toHaveLength(1);
  });

  it('answers bad input with a 4xx that names the problem, and keeps serving', async () => {
    const url = `${system.urls['ingest-api']}/v1/events`;
    const valid = canonical();
    const cases: [string, Parameters<typeof request>[2], number, RegExp][] = [
      ['malformed JSON', { rawBody: '{"specversion": "1.0",', token: directory.keyA }, 400, /not valid JSON/],
      ['a missing field', { body: { ...valid, subject: undefined }, token: directory.keyA }, 400, /subject/],
      ['a wrong type', { body: { ...valid, data: { ...valid.data, headcount: 'a hundred' } }, token: directory.keyA }, 400, /data\.headcount/],
      ['an unknown event type', { body: { ...valid, type: 'concord.hr.rumour.v1' }, token: directory.keyA }, 400, /unknown event type 'concord\.hr\.rumour\.v1'/],
      ['an over-size body', { rawBody: JSON.stringify({ ...valid, padding: 'x'.repeat(3 * 1024 * 1024) }), token: directory.keyA }, 413, /exceeds the limit/],
      ['no key', { body: valid }, 401, /API key/],
      ['a wrong key', { body: valid, token: 'ck_not-a-real-key' }, 401, /unknown or revoked/],
    ];
    for (const [what, options, status, message] of cases) {
      const response = await request('POST', url, options);
      expect({ what, status: response.status }).toEqual({ what, status });
      expect(JSON.stringify(response.body)).toMatch(message);
    }
    for (const service of system.processes) expect((await fetch(`${service.baseUrl}/health/ready`)).status).toBe(200);
  });

  it("refuses a key of enterprise A posting for enterprise B, and nothing of it reaches Kafka", async () => {
    const forged = wagePaymentEvent({ enterpriseId: directory.enterpriseB, headcount: 100, workersUnpaid: 50, daysLate: 60, id: `forged-${randomUUID()}` });
    const refused = await postEvent(directory.keyA, forged);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toMatch(/its own enterprise/);

    const marker = wagePaymentEvent({ enterpriseId: directory.enterpriseB, headcount: 100, workersUnpaid: 0, daysLate: 0 });
    await expectStatus(202, postEvent(directory.keyB, marker));
    await waitFor('the marker of B to be scored', async () => (await scoresOf(directory.enterpriseB)).length > 0);
    const scores = await scoresOf(directory.enterpriseB);
    expect(scores.map((s) => s.triggerEventId)).toEqual([marker.id]);
    expect(scores[0].level).toBe('GREEN');
  });

  it('refuses to start a service without its database setting, naming it', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...system.env, PORT: '1' };
    delete env.DATABASE_URL;
    const { code, output } = await runServiceCommand('risk-engine', 'serve', env, { replaceEnv: true });
    expect(code).not.toBe(0);
    expect(output).toMatch(/DATABASE_URL: is required but not set/);
  });
});
