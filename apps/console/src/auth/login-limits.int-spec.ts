import { SESSION_TTL_SECONDS } from '@concord/auth';
import { JwtService } from '@nestjs/jwt';
import { type ConsoleTestApp, TEST_ADMIN, startConsoleTestApp } from '../console-test-app';

const JWT_SECRET = 'an integration-test secret of 32+ chars';
const OTHER = { email: 'other@login.concord.example', password: 'another long password' };

describe('console logins: budgets, audit and expiry (real Postgres, Redis, HTTP)', () => {
  let consoleApp: ConsoleTestApp;
  let adminToken: string;
  const logIn = (credentials: { email: string; password: string }) => consoleApp.call('POST', '/v1/auth/login', { body: credentials });
  const auditRows = async () =>
    (await consoleApp.sql.query<{ action: string; person_id: string | null; email_digest: string | null; status: number; all_columns: string }>(
      `SELECT action, person_id, email_digest, status, row_to_json(a)::text AS all_columns FROM directory.staff_audit_log a WHERE path = '/v1/auth/login' ORDER BY id`,
    )).rows;

  beforeAll(async () => {
    // JWT_SECRET is the helper's; stated here because the expiry test signs with it.
    consoleApp = await startConsoleTestApp({ JWT_SECRET, LOGIN_FAILURES_PER_EMAIL: '3', LOGIN_FAILURES_PER_ADDRESS: '10', LOGIN_WINDOW_SECONDS: '600' });
    adminToken = await consoleApp.logIn(TEST_ADMIN);
    const created = await consoleApp.call('POST', '/v1/people', {
      token: adminToken,
      body: { name: 'Other', email: OTHER.email, account: { roles: ['federation_staff'], password: OTHER.password } },
    });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await consoleApp?.close();
  });

  it('refuses an email after its failures are spent, the right password too, with 429 and Retry-After', async () => {
    for (let attempt = 0; attempt < 3; attempt++) expect((await logIn({ ...TEST_ADMIN, password: 'wrong password' })).status).toBe(401);
    const blocked = await logIn(TEST_ADMIN);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'rate_limited' });
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(500);
    expect(retryAfter).toBeLessThanOrEqual(600);
    // Another account from the same address is not held back by this one's failures.
    expect((await logIn(OTHER)).status).toBe(200);
  });

  it('forgives an account its failures when it logs in', async () => {
    for (let round = 0; round < 2; round++) {
      for (let attempt = 0; attempt < 2; attempt++) expect((await logIn({ ...OTHER, password: 'wrong password' })).status).toBe(401);
      expect((await logIn(OTHER)).status).toBe(200);
    }
  });

  it('refuses an address after its failures are spent, whichever email it tries', async () => {
    // 3 (admin) + 4 (other) failures so far from this address; 3 more spend its 10.
    for (const name of ['a', 'b', 'c']) expect((await logIn({ email: `${name}@nobody.concord.example`, password: 'wrong password' })).status).toBe(401);
    expect((await logIn(OTHER)).status).toBe(429);
  });

  it('audits every attempt: failures by a keyed digest of the email, never the email, successes by person', async () => {
    const rows = await auditRows();
    const failed = rows.filter((row) => row.action === 'login_failed');
    expect(failed.map((row) => row.status)).toEqual([401, 401, 401, 429, 401, 401, 401, 401, 401, 401, 401, 429]);
    expect(failed.every((row) => row.person_id === null && /^[0-9a-f]{64}$/.test(row.email_digest ?? ''))).toBe(true);
    const adminDigests = new Set(failed.slice(0, 4).map((row) => row.email_digest));
    expect(adminDigests.size).toBe(1);
    expect(new Set(failed.map((row) => row.email_digest)).size).toBe(5);
    for (const row of rows) {
      expect(row.all_columns).not.toContain('@');
      expect(row.all_columns).not.toContain('password');
    }
    expect(rows.filter((row) => row.action === 'login').map((row) => row.status)).toEqual([200, 200, 200, 200]);
  });

  it('issues tokens that expire after the session length, and refuses an expired one', async () => {
    const payload = JSON.parse(Buffer.from(adminToken.split('.')[1], 'base64url').toString()) as { iat: number; exp: number; sub: string };
    expect(payload.exp - payload.iat).toBe(SESSION_TTL_SECONDS);
    const signer = new JwtService({ secret: JWT_SECRET });
    const claims = { sub: payload.sub, roles: ['admin'], regionId: null, enterpriseId: null };
    const issuedAt = Math.floor(Date.now() / 1000) - SESSION_TTL_SECONDS;
    const nearlyOver = await signer.signAsync({ ...claims, iat: issuedAt + 60 }, { algorithm: 'HS256', expiresIn: SESSION_TTL_SECONDS });
    expect((await consoleApp.call('GET', '/v1/me', { token: nearlyOver })).status).toBe(200);
    const over = await signer.signAsync({ ...claims, iat: issuedAt - 60 }, { algorithm: 'HS256', expiresIn: SESSION_TTL_SECONDS });
    const refused = await consoleApp.call('GET', '/v1/me', { token: over });
    expect(refused.status).toBe(401);
    expect(refused.body.message).toContain('expired');
  });
});
