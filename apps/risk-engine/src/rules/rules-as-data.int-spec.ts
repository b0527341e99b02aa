import { randomUUID } from 'node:crypto';
import { DEFAULT_RULE_SET, type RuleSet } from '@concord/risk-rules';
import { wagePaymentEvent } from '@concord/testing';
import { type RiskEngineTestApp, startRiskEngineTestApp } from '../../test/risk-engine-test-app';

type Json = Record<string, unknown>;

/**
 * Rules as data (issue 4): a draft that lowers the BLUE band is refused while unsound, backtested
 * (naming exactly the enterprise that would change), published by someone other than its editor
 * (which moves the live level), rolled back (which restores it), and every step is audited.
 */
describe('rule sets: draft, backtest, publish, rollback (integration)', () => {
  const editor = randomUUID();
  const publisher = randomUUID();
  let editorToken: string;
  let publisherToken: string;
  let bothToken: string;
  // 5 days late: W1 +10, GREEN (< 20). 20 days late: W1 +25, BLUE. On time: nothing.
  const slightlyLate = randomUUID();
  const late = randomUUID();
  const onTime = randomUUID();
  let engine: RiskEngineTestApp;

  beforeAll(async () => {
    engine = await startRiskEngineTestApp('risk_rules_t');
    editorToken = engine.token(['rules_editor'], editor);
    publisherToken = engine.token(['rules_publisher'], publisher);
    bothToken = engine.token(['rules_editor', 'rules_publisher'], editor);
    const now = new Date('2026-10-20T02:00:00Z');
    await engine.score(
      ...([[slightlyLate, 5, 3], [late, 20, 3], [onTime, 0, 0]] as const).map(([enterpriseId, daysLate, workersUnpaid]) =>
        wagePaymentEvent({ enterpriseId, headcount: 80, workersUnpaid, daysLate }, now),
      ),
    );
  });

  afterAll(async () => {
    await engine?.close();
  });

  async function call(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${engine.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function levelOf(enterpriseId: string): Promise<string> {
    const [row] = await engine.dataSource.query<{ level: string }[]>(`SELECT level FROM risk.enterprise_risk WHERE enterprise_id = $1`, [enterpriseId]);
    return row.level;
  }

  function withBlueFrom(minScore: number): RuleSet {
    const draft = structuredClone<RuleSet>(DEFAULT_RULE_SET);
    draft.bands = draft.bands.map((band) => (band.level === 'BLUE' ? { ...band, minScore } : band));
    return draft;
  }

  it('starts on the defaults, published by the system as version 1', async () => {
    const { status, body } = await call('GET', '/v1/rule-sets/published', editorToken);
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 1, status: 'published', publishedBy: 'system' });
    expect([await levelOf(slightlyLate), await levelOf(late), await levelOf(onTime)]).toEqual(['GREEN', 'BLUE', 'GREEN']);
  });

  it('refuses an unsound draft with every problem and its path, and a draft from a non-editor', async () => {
    const unsound = withBlueFrom(50);
    const refused = await call('PUT', '/v1/rule-sets/draft', editorToken, { ruleSet: unsound });
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ path: 'ruleSet.bands[2].minScore', message: 'must be greater than bands[1].minScore' })]);
    expect((await call('PUT', '/v1/rule-sets/draft', publisherToken, { ruleSet: withBlueFrom(10) })).status).toBe(403);
  });

  it('backtests a draft with a lowered threshold: exactly the enterprise that would change, and when', async () => {
    expect((await call('PUT', '/v1/rule-sets/draft', editorToken, { ruleSet: withBlueFrom(10) })).status).toBe(200);
    const { status, body } = await call('POST', '/v1/rule-sets/draft/backtest', editorToken);
    expect(status).toBe(200);
    expect(body).toMatchObject({ liveVersion: 1, draftVersion: 2, enterprises: 3 });
    expect(body.changes).toEqual([
      expect.objectContaining({ enterpriseId: slightlyLate, firstDay: '2026-10-20', liveLevelNow: 'GREEN', draftLevelNow: 'BLUE' }),
    ]);
  });

  it('publishes only by a publisher who is not the editor, and the live levels move', async () => {
    expect((await call('POST', '/v1/rule-sets/draft/publish', editorToken, { reason: 'lower BLUE' })).status).toBe(403);
    expect((await call('POST', '/v1/rule-sets/draft/publish', bothToken, { reason: 'lower BLUE' })).status).toBe(403);
    const { status, body } = await call('POST', '/v1/rule-sets/draft/publish', publisherToken, { reason: 'Pilot: catch late wages earlier' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 2, rescored: { enterprises: 3, changed: [{ enterpriseId: slightlyLate, from: 'GREEN', to: 'BLUE' }] } });
    expect([await levelOf(slightlyLate), await levelOf(late), await levelOf(onTime)]).toEqual(['BLUE', 'BLUE', 'GREEN']);
  });

  it('rolls back to version 1 as a new version 3, restoring the levels', async () => {
    const { status, body } = await call('POST', '/v1/rule-sets/rollback', publisherToken, { toVersion: 1, reason: 'Too many BLUE alerts' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ version: 3, rescored: { changed: [{ enterpriseId: slightlyLate, from: 'BLUE', to: 'GREEN' }] } });
    expect([await levelOf(slightlyLate), await levelOf(late), await levelOf(onTime)]).toEqual(['GREEN', 'BLUE', 'GREEN']);
    const versions = await call('GET', '/v1/rule-sets', editorToken);
    expect((versions.body as unknown as { version: number; status: string }[]).map((v) => [v.version, v.status])).toEqual([
      [3, 'published'],
      [2, 'retired'],
      [1, 'retired'],
    ]);
  });

  it('audits who did each step, newest first', async () => {
    const { body } = await call('GET', '/v1/rule-sets/audit', editorToken);
    const entries = (body as unknown as { version: number; action: string; actor: string; reason: string | null }[]).map(({ version, action, actor, reason }) => ({ version, action, actor, reason }));
    expect(entries).toEqual([
      { version: 3, action: 'rolled_back', actor: publisher, reason: 'Too many BLUE alerts' },
      { version: 2, action: 'published', actor: publisher, reason: 'Pilot: catch late wages earlier' },
      { version: 2, action: 'backtested', actor: editor, reason: null },
      { version: 2, action: 'draft_saved', actor: editor, reason: null },
      { version: 1, action: 'published', actor: 'system', reason: 'Defaults of DOMAIN.md §3–4' },
    ]);
  });
});
