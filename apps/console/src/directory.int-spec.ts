import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { migrateServiceSchema } from '@concord/database';
import { startService } from '@concord/platform';
import { type TestDatabase, createTestDatabase, freePort, httpBaseUrl, testRedisEnv } from '@concord/testing';
import { Client } from 'pg';
import { loadConsoleConfig } from './console.config';
import { ConsoleModule } from './console.module';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from './directory.entities';
import { DIRECTORY_MIGRATIONS } from './migrations';
import { seedCommand } from './seed/seed.command';

const ADMIN = { email: 'admin@test.concord.example', password: 'a long admin password' };
const STAFF = { email: 'staff@test.concord.example', password: 'a long staff password' };

interface OwnerRequest {
  url: string;
  headers: IncomingHttpHeaders;
}

/** Stands in for risk-engine and case-service: answers JSON and records what it was sent. */
async function startOwnerStub(): Promise<{ url: string; received: OwnerRequest[]; close: () => Promise<void> }> {
  const received: OwnerRequest[] = [];
  const server: Server = createServer((req, res) => {
    received.push({ url: req.url ?? '', headers: req.headers });
    const refused = (req.url ?? '').startsWith('/cases/');
    res.writeHead(refused ? 403 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(refused ? { error: 'forbidden', message: 'not your region' } : { servedBy: 'stub', url: req.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('console directory API (real Postgres, real HTTP)', () => {
  let db: TestDatabase;
  let sql: Client;
  let app: INestApplication;
  let owner: Awaited<ReturnType<typeof startOwnerStub>>;
  let baseUrl: string;
  let adminToken: string;
  let staffToken: string;

  const call = async (method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };
  const admin = (method: string, path: string, body?: unknown) => call(method, path, { token: adminToken, body });
  const createPerson = async (name: string, email?: string) => {
    const res = await admin('POST', '/v1/people', { name, email });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await migrateServiceSchema({ url: db.url, schema: DIRECTORY_SCHEMA, entities: DIRECTORY_ENTITIES, migrations: DIRECTORY_MIGRATIONS });
    await seedCommand({ DATABASE_URL: db.url, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }, { demo: false }, { write: () => true } as never);
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    owner = await startOwnerStub();
    const config = loadConsoleConfig({
      PORT: '3000',
      LOG_LEVEL: 'silent',
      DATABASE_URL: db.url,
      ...testRedisEnv(),
      JWT_SECRET: 'an integration-test secret of 32+ chars',
      RISK_ENGINE_URL: `${owner.url}/risk`,
      CASE_SERVICE_URL: `${owner.url}/cases`,
      // A port nothing listens on, for an owner that is down.
      NOTIFIER_URL: `http://127.0.0.1:${await freePort()}`,
    });
    app = await startService({ rootModule: ConsoleModule.forRoot(config), port: 0 });
    baseUrl = httpBaseUrl(app);
  });

  afterAll(async () => {
    await app?.close();
    await owner?.close();
    await sql?.end();
    await db?.drop();
  });

  describe('login', () => {
    it('issues a staff token for the right password', async () => {
      const res = await call('POST', '/v1/auth/login', { body: { email: ADMIN.email.toUpperCase(), password: ADMIN.password } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ token: expect.any(String), expiresIn: 8 * 3600, person: { id: expect.any(String), name: 'Administrator', roles: ['admin'] } });
      adminToken = res.body.token;
      const me = await call('GET', '/v1/me', { token: adminToken });
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ sub: res.body.person.id, roles: ['admin'], regionId: null, enterpriseId: null, person: { email: ADMIN.email } });
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const wrongPassword = await call('POST', '/v1/auth/login', { body: { email: ADMIN.email, password: 'not the password' } });
      const unknownEmail = await call('POST', '/v1/auth/login', { body: { email: 'nobody@test.concord.example', password: ADMIN.password } });
      expect(wrongPassword.status).toBe(401);
      expect(unknownEmail.status).toBe(401);
      expect(wrongPassword.body).toEqual(unknownEmail.body);
      expect(wrongPassword.body).toEqual({ error: 'unauthenticated', message: 'Email or password is incorrect' });
    });

    it('refuses calls without a valid token', async () => {
      expect((await call('GET', '/v1/regions')).status).toBe(401);
      expect((await call('GET', '/v1/me')).status).toBe(401);
      expect((await call('GET', '/v1/regions', { token: 'not.a.token' })).status).toBe(401);
      expect((await call('GET', '/health/live')).status).toBe(200);
      expect(await call('GET', '/health/ready')).toMatchObject({ status: 200, body: { status: 'ok', info: { postgres: { status: 'up' } } } });
    });
  });

  describe('administration', () => {
    let countyId: string;
    let streetId: string;
    let communityId: string;
    let enterpriseId: string;
    const people: Record<string, string> = {};

    it('builds the region tree and enforces its nesting', async () => {
      const county = await admin('POST', '/v1/regions', { name: '海曙区', tier: 'county' });
      expect(county.status).toBe(201);
      countyId = county.body.id;
      const street = await admin('POST', '/v1/regions', { name: '鼓楼街道', tier: 'street', parentId: countyId });
      expect(street.status).toBe(201);
      streetId = street.body.id;
      const community = await admin('POST', '/v1/regions', { name: '孝闻社区', tier: 'community', parentId: streetId });
      expect(community.status).toBe(201);
      communityId = community.body.id;

      const misplaced = await admin('POST', '/v1/regions', { name: '错位社区', tier: 'community', parentId: countyId });
      expect(misplaced.status).toBe(400);
      expect(misplaced.body.problems).toEqual([{ path: 'parentId', message: expect.stringContaining('must sit in a street region') }]);
      expect((await admin('POST', '/v1/regions', { name: '孝闻社区', tier: 'community', parentId: streetId })).status).toBe(409);
      expect((await admin('POST', '/v1/regions', { name: 'x', tier: 'street', parentId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);

      const listed = await admin('GET', `/v1/regions?parentId=${streetId}`);
      expect(listed.body).toEqual([expect.objectContaining({ id: communityId, name: '孝闻社区', tier: 'community', parentId: streetId })]);
    });

    it('adds people, with a staff account when asked, and refuses a duplicate email', async () => {
      for (const key of ['liaison', 'management', 'union', 'employee', 'chair', 'streetUnion', 'county', 'mediationCentre', 'mediator', 'panelist']) {
        people[key] = await createPerson(`Person ${key}`, `${key.toLowerCase()}@test.concord.example`);
      }
      const staff = await admin('POST', '/v1/people', {
        name: '赵磊',
        email: STAFF.email,
        account: { roles: ['federation_staff'], password: STAFF.password, regionId: streetId },
      });
      expect(staff.status).toBe(201);
      expect(staff.body.account).toEqual({ roles: ['federation_staff'], regionId: streetId, enterpriseId: null, disabled: false });
      expect(JSON.stringify(staff.body)).not.toContain('passwordHash');
      expect((await admin('POST', '/v1/people', { name: 'Copy', email: 'Liaison@test.concord.example' })).status).toBe(409);

      const login = await call('POST', '/v1/auth/login', { body: STAFF });
      expect(login.status).toBe(200);
      staffToken = login.body.token;
    });

    it('keeps non-admins out of the admin routes', async () => {
      for (const [method, path] of [
        ['POST', '/v1/regions'],
        ['GET', '/v1/people'],
        ['POST', '/v1/enterprises'],
        ['GET', '/v1/mediators'],
        ['DELETE', '/v1/api-keys/00000000-0000-4000-8000-000000000000'],
      ]) {
        const res = await call(method, path, { token: staffToken, body: method === 'POST' ? {} : undefined });
        expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
      }
      expect((await call('GET', '/v1/me', { token: staffToken })).status).toBe(200);
      // Reads are scoped instead: a street's staff member sees that street and what lies beneath.
      const regions = await call('GET', '/v1/regions', { token: staffToken });
      expect((regions.body as { id: string }[]).map((region) => region.id).sort()).toEqual([streetId, communityId].sort());
    });

    it('registers an enterprise with its liaison and consultation committee', async () => {
      const res = await admin('POST', '/v1/enterprises', {
        name: '宁波甬城建设工程有限公司',
        registeredCode: '91330203MATEST0001',
        regionId: communityId,
        industry: 'construction',
        headcount: 420,
        liaisonPersonId: people.liaison,
        committee: { managementPersonId: people.management, unionPersonId: people.union, employeePersonId: people.employee },
        grassrootsUnionChairPersonId: people.chair,
      });
      expect(res.status).toBe(201);
      enterpriseId = res.body.profile.enterpriseId;
      expect(res.body.profile).toEqual({
        enterpriseId,
        name: '宁波甬城建设工程有限公司',
        registeredCode: '91330203MATEST0001',
        regionId: communityId,
        regionPath: [countyId, streetId, communityId],
        industry: 'construction',
        headcount: 420,
        groupId: null,
        liaisonPersonId: people.liaison,
        jurisdiction: 'CN',
      });
      const fetched = await admin('GET', `/v1/enterprises/${enterpriseId}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body.contacts).toHaveLength(5);
      expect((await admin('GET', `/v1/enterprises?regionId=${streetId}`)).body).toHaveLength(1);
      expect((await admin('GET', '/v1/enterprises/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('refuses duplicates, unknown references and enterprises outside a community', async () => {
      const body = {
        name: 'Another',
        registeredCode: '91330203MATEST0001',
        regionId: communityId,
        industry: 'catering',
        headcount: 10,
        liaisonPersonId: people.liaison,
        committee: { managementPersonId: people.management, unionPersonId: people.union, employeePersonId: people.employee },
      };
      expect((await admin('POST', '/v1/enterprises', body)).status).toBe(409);
      const unknown = await admin('POST', '/v1/enterprises', { ...body, registeredCode: 'X2', liaisonPersonId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.problems).toEqual([{ path: 'liaisonPersonId', message: expect.any(String) }]);
      const inStreet = await admin('POST', '/v1/enterprises', { ...body, registeredCode: 'X3', regionId: streetId });
      expect(inStreet.status).toBe(400);
      expect(inStreet.body.problems[0].path).toBe('regionId');
    });

    it('answers a bad body with 400 naming each field path', async () => {
      const res = await admin('POST', '/v1/enterprises', {
        name: 'Bad',
        registeredCode: 'B1',
        regionId: communityId,
        industry: 'catering',
        headcount: -5,
        liaisonPersonId: people.liaison,
        committee: { managementPersonId: people.management, unionPersonId: 'not-a-uuid' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('validation_failed');
      const paths = (res.body.problems as { path: string }[]).map((p) => p.path);
      expect(paths).toEqual(expect.arrayContaining(['headcount', 'committee.unionPersonId', 'committee.employeePersonId']));
    });

    it('adds region contacts that every enterprise beneath the region inherits', async () => {
      for (const [regionId, personId, role] of [
        [streetId, people.streetUnion, 'street_union'],
        [countyId, people.county, 'county_federation'],
        [countyId, people.mediationCentre, 'mediation_centre'],
      ]) {
        expect((await admin('POST', '/v1/region-contacts', { regionId, personId, role })).status).toBe(201);
      }
      expect((await admin('POST', '/v1/region-contacts', { regionId: streetId, personId: people.streetUnion, role: 'street_union' })).status).toBe(409);
      expect((await admin('POST', '/v1/region-contacts', { regionId: streetId, personId: people.streetUnion, role: 'mayor' })).status).toBe(400);

      const { rows } = await sql.query<{ person_id: string; role: string; email: string; language: string }>(
        'SELECT person_id, role, email, language FROM directory.enterprise_contacts_v1 WHERE enterprise_id = $1 ORDER BY role',
        [enterpriseId],
      );
      expect(rows.map((r) => [r.role, r.person_id])).toEqual(
        [
          ['committee_employee', people.employee],
          ['committee_management', people.management],
          ['committee_union', people.union],
          ['county_federation', people.county],
          ['grassroots_union_chair', people.chair],
          ['liaison', people.liaison],
          ['mediation_centre', people.mediationCentre],
          ['street_union', people.streetUnion],
        ],
      );
      expect(rows.every((r) => r.language === 'zh-CN' && r.email.endsWith('@test.concord.example'))).toBe(true);
    });

    it('puts a mediator on the roster', async () => {
      const body = { personId: people.mediator, tiers: ['street'], regionIds: [streetId], languages: ['zh-CN'], expertise: ['pay'], capacity: 5 };
      const res = await admin('POST', '/v1/mediators', body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        mediatorId: people.mediator,
        name: 'Person mediator',
        active: true,
        unavailable: false,
        tiers: ['street'],
        regionIds: [streetId],
        languages: ['zh-CN'],
        expertise: ['pay'],
        industries: [],
        capacity: 5,
        conflictEnterpriseIds: [],
        affiliation: null,
        employmentHistory: [],
      });
      expect((await admin('POST', '/v1/mediators', body)).status).toBe(409);
      const unknownRegion = await admin('POST', '/v1/mediators', { ...body, personId: people.chair, regionIds: [streetId, '00000000-0000-4000-8000-000000000000'] });
      expect(unknownRegion.status).toBe(404);
      expect(unknownRegion.body.problems).toEqual([{ path: 'regionIds[1]', message: expect.any(String) }]);
      const { rows } = await sql.query('SELECT mediator_id, tiers, capacity FROM directory.mediator_roster_v1');
      expect(rows).toEqual([{ mediator_id: people.mediator, tiers: ['street'], capacity: 5 }]);
    });

    it('records a mediator’s affiliation and dated employment history, published in mediator_roster_v2, and refuses bad ones with field paths', async () => {
      const body = { personId: people.panelist, tiers: ['county'], regionIds: [streetId], languages: ['zh-CN'], capacity: 3 };
      const bad = await admin('POST', '/v1/mediators', {
        ...body,
        affiliation: 'chamber',
        employmentHistory: [{ enterpriseId: enterpriseId, from: '2020-01-01', to: '2019-12-31' }, { enterpriseId: 'nope', from: '2020-13-01' }],
      });
      expect(bad.status).toBe(400);
      expect((bad.body.problems as { path: string }[]).map((p) => p.path).sort()).toEqual([
        'affiliation',
        'employmentHistory[0].to',
        'employmentHistory[1].enterpriseId',
        'employmentHistory[1].from',
      ]);

      const spell = { enterpriseId, groupId: null, from: '2018-03-01', to: '2024-06-30' };
      const res = await admin('POST', '/v1/mediators', { ...body, affiliation: 'union', employmentHistory: [{ enterpriseId, from: '2018-03-01', to: '2024-06-30' }] });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ mediatorId: people.panelist, affiliation: 'union', employmentHistory: [spell] });
      const { rows } = await sql.query('SELECT affiliation, employment_history, name, email, language FROM directory.mediator_roster_v2 WHERE mediator_id = $1', [people.panelist]);
      expect(rows).toEqual([{ affiliation: 'union', employment_history: [spell], name: 'Person panelist', email: 'panelist@test.concord.example', language: 'zh-CN' }]);
    });

    it('issues an API key once, stores only its digest, lists it without secrets and revokes it', async () => {
      const issued = await admin('POST', `/v1/enterprises/${enterpriseId}/api-keys`, { label: 'HR system' });
      expect(issued.status).toBe(201);
      const { keyId, key, prefix } = issued.body as { keyId: string; key: string; prefix: string };
      expect(key).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
      expect(key.startsWith(prefix)).toBe(true);

      const digest = createHash('sha256').update(key).digest('hex');
      const credentials = await sql.query('SELECT key_id, enterprise_id, key_hash, active FROM directory.api_key_credentials_v1 WHERE key_hash = $1', [digest]);
      expect(credentials.rows).toEqual([{ key_id: keyId, enterprise_id: enterpriseId, key_hash: digest, active: true }]);

      const tables = await sql.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'directory'`);
      for (const { table_name } of tables.rows) {
        const hits = await sql.query(`SELECT 1 FROM directory."${table_name}" t WHERE row_to_json(t)::text LIKE '%' || $1 || '%'`, [key.slice(prefix.length)]);
        expect({ table_name, hits: hits.rowCount }).toEqual({ table_name, hits: 0 });
      }

      const listed = await admin('GET', `/v1/enterprises/${enterpriseId}/api-keys`);
      expect(listed.body).toEqual([expect.objectContaining({ keyId, prefix, label: 'HR system', active: true, revokedAt: null })]);
      expect(JSON.stringify(listed.body)).not.toMatch(/keyHash|"key"|[0-9a-f]{64}/);

      expect((await admin('DELETE', `/v1/api-keys/${keyId}`)).status).toBe(204);
      expect((await admin('DELETE', `/v1/api-keys/${keyId}`)).status).toBe(204);
      expect((await admin('DELETE', '/v1/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      const revoked = await sql.query('SELECT active FROM directory.api_key_credentials_v1 WHERE key_id = $1', [keyId]);
      expect(revoked.rows).toEqual([{ active: false }]);
      expect((await admin('GET', `/v1/enterprises/${enterpriseId}/api-keys`)).body[0].active).toBe(false);
      expect((await admin('POST', '/v1/enterprises/00000000-0000-4000-8000-000000000000/api-keys', {})).status).toBe(404);
    });

    it('rotates a key: the new one works at once, the old one until its grace period ends', async () => {
      const active = (key: string) =>
        sql
          .query<{ active: boolean }>('SELECT active FROM directory.api_key_credentials_v1 WHERE key_hash = $1', [createHash('sha256').update(key).digest('hex')])
          .then((r) => r.rows[0]?.active);
      const original = (await admin('POST', `/v1/enterprises/${enterpriseId}/api-keys`, { label: 'payroll' })).body as { keyId: string; key: string };

      const rotated = await admin('POST', `/v1/api-keys/${original.keyId}/rotate`, { graceHours: 2 });
      expect(rotated.status).toBe(201);
      const next = rotated.body as { keyId: string; key: string; previous: { keyId: string; validUntil: string } };
      expect(next.previous.keyId).toBe(original.keyId);
      expect(new Date(next.previous.validUntil).getTime() - Date.now()).toBeGreaterThan(7_000_000);
      expect(await active(next.key)).toBe(true);
      expect(await active(original.key)).toBe(true);

      // Once the grace period has passed, the database itself stops accepting the old key.
      await sql.query(`UPDATE directory.api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [original.keyId]);
      expect(await active(original.key)).toBe(false);
      const listed = (await admin('GET', `/v1/enterprises/${enterpriseId}/api-keys`)).body as { keyId: string; active: boolean }[];
      expect(listed.find((k) => k.keyId === original.keyId)?.active).toBe(false);
      expect((await admin('POST', `/v1/api-keys/${original.keyId}/rotate`, {})).status).toBe(409);

      const immediate = (await admin('POST', `/v1/api-keys/${next.keyId}/rotate`, { graceHours: 0 })).body as { key: string };
      expect(await active(next.key)).toBe(false);
      expect(await active(immediate.key)).toBe(true);
      expect((await admin('POST', `/v1/api-keys/${next.keyId}/rotate`, { graceHours: 500 })).body.problems).toEqual([{ path: 'graceHours', message: expect.any(String) }]);
    });
  });

  describe('read-through to the owners', () => {
    const enterpriseId = '11111111-1111-4111-8111-111111111111';

    it("forwards the caller's token and correlation id and passes the owner's answer through", async () => {
      const res = await call('GET', `/v1/enterprises/${enterpriseId}/risk`, { token: staffToken, headers: { 'x-correlation-id': 'corr-risk-1' } });
      expect(res).toEqual({ status: 200, body: { servedBy: 'stub', url: `/risk/v1/enterprises/${enterpriseId}/risk` } });
      const forwarded = owner.received.at(-1);
      expect(forwarded?.headers.authorization).toBe(`Bearer ${staffToken}`);
      expect(forwarded?.headers['x-correlation-id']).toBe('corr-risk-1');

      const alerts = await call('GET', `/v1/alerts?enterpriseId=${enterpriseId}`, { token: staffToken });
      expect(alerts.body.url).toBe(`/risk/v1/alerts?enterpriseId=${enterpriseId}`);
    });

    it("passes the owner's refusal through with its status", async () => {
      const res = await call('GET', `/v1/cases?enterpriseId=${enterpriseId}`, { token: staffToken });
      expect(res).toEqual({ status: 403, body: { error: 'forbidden', message: 'not your region' } });
      expect(owner.received.at(-1)?.url).toBe(`/cases/v1/cases?enterpriseId=${enterpriseId}`);
    });

    it('answers 503 when the owner is unreachable, and 401 without calling it when unauthenticated', async () => {
      const down = await call('GET', `/v1/people/${enterpriseId}/notifications`, { token: staffToken });
      expect(down.status).toBe(503);
      expect(down.body.error).toBe('unavailable');
      const before = owner.received.length;
      expect((await call('GET', `/v1/enterprises/${enterpriseId}/risk`)).status).toBe(401);
      expect(owner.received).toHaveLength(before);
    });
  });
});
