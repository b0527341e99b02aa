import { waitFor } from '@concord/testing';
import { type ConsoleTestApp, TEST_ADMIN, startConsoleTestApp } from '../console-test-app';

const STAFF = { email: 'staff@audit.concord.example', password: 'a long staff password' };

describe('console staff audit log (real Postgres, Redis, HTTP)', () => {
  let consoleApp: ConsoleTestApp;
  let adminToken: string;
  let staffToken: string;
  let adminId: string;
  let countyId: string;

  const requestRows = async () =>
    (await consoleApp.sql.query(`SELECT * FROM directory.staff_audit_log WHERE action = 'request' ORDER BY id`)).rows as Record<string, unknown>[];
  const auditPage = async (query: string, token = adminToken) => consoleApp.call('GET', `/v1/audit${query}`, { token });

  beforeAll(async () => {
    consoleApp = await startConsoleTestApp();
    adminToken = await consoleApp.logIn(TEST_ADMIN);
    adminId = (await consoleApp.call('GET', '/v1/me', { token: adminToken })).body.sub;
  });

  afterAll(async () => {
    await consoleApp?.close();
  });

  it('records a console change with who, what, the target, the answer and the correlation id', async () => {
    const county = await consoleApp.call('POST', '/v1/regions', { token: adminToken, body: { name: 'Audit County', tier: 'county' }, headers: { 'x-correlation-id': 'corr-audit-1' } });
    expect(county.status).toBe(201);
    countyId = county.body.id;
    const staff = await consoleApp.call('POST', '/v1/people', {
      token: adminToken,
      body: { name: 'Staff', email: STAFF.email, account: { roles: ['federation_staff'], password: STAFF.password, regionId: countyId } },
    });
    expect(staff.status).toBe(201);
    staffToken = await consoleApp.logIn(STAFF);
    const key = await consoleApp.call('DELETE', '/v1/api-keys/44444444-4444-4444-8444-444444444444', { token: adminToken });
    expect(key.status).toBe(404);

    const rows = await waitFor('three audited changes', async () => {
      const found = await requestRows();
      return found.length >= 3 ? found : undefined;
    });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ person_id: adminId, roles: ['admin'], method: 'POST', path: '/v1/regions', target_ids: [], status: 201, correlation_id: 'corr-audit-1' });
    expect(rows[1]).toMatchObject({ method: 'POST', path: '/v1/people', status: 201 });
    // Refused changes are staff actions too.
    expect(rows[2]).toMatchObject({ method: 'DELETE', path: '/v1/api-keys/44444444-4444-4444-8444-444444444444', target_ids: ['44444444-4444-4444-8444-444444444444'], status: 404 });
    expect(rows[2].at).toBeInstanceOf(Date);
  });

  it('records a refused change by a non-admin, and nothing for reads or anonymous calls', async () => {
    const before = (await requestRows()).length;
    expect((await consoleApp.call('POST', '/v1/regions', { token: staffToken, body: { name: 'Mine', tier: 'county' } })).status).toBe(403);
    expect((await consoleApp.call('GET', '/v1/regions', { token: staffToken })).status).toBe(200);
    expect((await consoleApp.call('POST', '/v1/regions', { body: { name: 'Anonymous', tier: 'county' } })).status).toBe(401);
    const rows = await waitFor('the refused change', async () => {
      const found = await requestRows();
      return found.length > before ? found : undefined;
    });
    expect(rows.slice(before)).toEqual([expect.objectContaining({ roles: ['federation_staff'], method: 'POST', path: '/v1/regions', status: 403 })]);
  });

  it('shows the trail to administrators only', async () => {
    expect((await auditPage('', staffToken)).status).toBe(403);
    expect((await consoleApp.call('GET', '/v1/audit')).status).toBe(401);
    const page = await auditPage('');
    expect(page.status).toBe(200);
    expect(page.body.items[0]).toMatchObject({ action: 'request', method: 'POST', path: '/v1/regions', status: 403 });
    expect((page.body.items as { action: string }[]).map((item) => item.action)).toEqual(expect.arrayContaining(['request', 'login']));
  });

  it('filters by person and time and pages newest first', async () => {
    const mine = await auditPage(`?personId=${adminId}&limit=2`);
    expect(mine.body.items).toHaveLength(2);
    expect((mine.body.items as { personId: string }[]).every((item) => item.personId === adminId)).toBe(true);
    expect(mine.body.nextCursor).toBe(mine.body.items[1].id);
    const next = await auditPage(`?personId=${adminId}&limit=2&cursor=${mine.body.nextCursor}`);
    expect(Number(next.body.items[0].id)).toBeLessThan(Number(mine.body.nextCursor));
    const all: { id: string }[] = [];
    for (let cursor: string | null = ''; cursor !== null; ) {
      const page = await auditPage(`?personId=${adminId}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      all.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const { rows } = await consoleApp.sql.query(`SELECT id FROM directory.staff_audit_log WHERE person_id = $1 ORDER BY id DESC`, [adminId]);
    expect(all.map((item) => item.id)).toEqual(rows.map((row: { id: string }) => row.id));

    expect((await auditPage(`?since=${new Date(Date.now() + 60_000).toISOString()}`)).body).toEqual({ items: [], nextCursor: null });
  });

  it('answers a bad query with 400 naming each field', async () => {
    const res = await auditPage('?since=yesterday&personId=me&limit=0&cursor=abc');
    expect(res.status).toBe(400);
    expect((res.body.problems as { path: string }[]).map((problem) => problem.path).sort()).toEqual(['cursor', 'limit', 'personId', 'since']);
  });

  it('never turns a change or a login into an error when its audit row cannot be written', async () => {
    // Rows with this correlation id are refused by the table, whenever the write happens.
    await consoleApp.sql.query(`ALTER TABLE directory.staff_audit_log ADD CONSTRAINT refuse_for_test CHECK (correlation_id IS DISTINCT FROM 'corr-unwritable')`);
    try {
      const headers = { 'x-correlation-id': 'corr-unwritable' };
      const change = await consoleApp.call('POST', '/v1/regions', { token: adminToken, body: { name: 'Unaudited', tier: 'street', parentId: countyId }, headers });
      expect(change.status).toBe(201);
      // Login writes its row before answering: a failed write must not fail the login.
      expect((await consoleApp.call('POST', '/v1/auth/login', { body: TEST_ADMIN, headers })).status).toBe(200);
      expect((await consoleApp.call('POST', '/v1/auth/login', { body: { ...TEST_ADMIN, password: 'wrong password' }, headers })).status).toBe(401);
      // The console goes on auditing the next change.
      await consoleApp.call('POST', '/v1/regions', { token: adminToken, body: { name: 'Audited again', tier: 'street', parentId: countyId }, headers: { 'x-correlation-id': 'corr-after' } });
      await waitFor('the next change audited', async () => (await consoleApp.sql.query(`SELECT 1 FROM directory.staff_audit_log WHERE correlation_id = 'corr-after'`)).rowCount === 1);
    } finally {
      await consoleApp.sql.query('ALTER TABLE directory.staff_audit_log DROP CONSTRAINT refuse_for_test');
    }
    expect((await consoleApp.sql.query(`SELECT 1 FROM directory.staff_audit_log WHERE correlation_id = 'corr-unwritable'`)).rowCount).toBe(0);
  });
});
