import { type ConsoleTestApp, TEST_ADMIN, startConsoleTestApp } from '../console-test-app';

const PASSWORD = 'a long staff password';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * Who sees which part of the directory: a county with two streets, one community and one
 * enterprise in each, and one staff member of every kind. Built through the admin API.
 */
describe('console directory reads, scoped to the caller (real Postgres, Redis, HTTP)', () => {
  let consoleApp: ConsoleTestApp;
  let adminToken: string;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const as = (who: string, method: string, path: string, body?: unknown) => consoleApp.call(method, path, { token: tokens[who], body });
  const asAdmin = async (method: string, path: string, body: unknown) => {
    const res = await consoleApp.call(method, path, { token: adminToken, body });
    if (res.status !== 201) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  };
  const enterpriseIdsSeenBy = async (who: string, query = '') => {
    const res = await as(who, 'GET', `/v1/enterprises${query}`);
    expect(res.status).toBe(200);
    return (res.body as { enterpriseId: string }[]).map((e) => e.enterpriseId).sort();
  };
  const regionIdsSeenBy = async (who: string) => {
    const res = await as(who, 'GET', '/v1/regions');
    expect(res.status).toBe(200);
    return (res.body as { id: string }[]).map((r) => r.id).sort();
  };
  const sorted = (...keys: string[]) => keys.map((key) => ids[key]).sort();

  beforeAll(async () => {
    consoleApp = await startConsoleTestApp();
    adminToken = await consoleApp.logIn(TEST_ADMIN);
    tokens.admin = adminToken;
    ids.county = await asAdmin('POST', '/v1/regions', { name: 'County', tier: 'county' });
    ids.streetA = await asAdmin('POST', '/v1/regions', { name: 'Street A', tier: 'street', parentId: ids.county });
    ids.streetB = await asAdmin('POST', '/v1/regions', { name: 'Street B', tier: 'street', parentId: ids.county });
    ids.communityA = await asAdmin('POST', '/v1/regions', { name: 'Community A', tier: 'community', parentId: ids.streetA });
    ids.communityB = await asAdmin('POST', '/v1/regions', { name: 'Community B', tier: 'community', parentId: ids.streetB });
    for (const role of ['liaison', 'management', 'union', 'employee']) ids[role] = await asAdmin('POST', '/v1/people', { name: role });
    for (const street of ['A', 'B']) {
      ids[`enterprise${street}`] = (await consoleApp.call('POST', '/v1/enterprises', {
        token: adminToken,
        body: {
          name: `Enterprise ${street}`,
          registeredCode: `91330000SCOPE000${street}`,
          regionId: ids[`community${street}`],
          industry: 'manufacturing',
          headcount: 100,
          liaisonPersonId: ids.liaison,
          committee: { managementPersonId: ids.management, unionPersonId: ids.union, employeePersonId: ids.employee },
        },
      })).body.profile.enterpriseId;
    }
    const accounts: Record<string, { roles: string[]; regionId?: string; enterpriseId?: string; language?: string }> = {
      streetStaff: { roles: ['federation_staff'], regionId: ids.streetA, language: 'en' },
      countyStaff: { roles: ['federation_staff'], regionId: ids.county },
      committee: { roles: ['committee_member'], enterpriseId: ids.enterpriseA },
      mediator: { roles: ['mediator'] },
    };
    for (const [who, { language, ...account }] of Object.entries(accounts)) {
      const email = `${who.toLowerCase()}@scope.concord.example`;
      ids[who] = await asAdmin('POST', '/v1/people', { name: who, email, language, account: { ...account, password: PASSWORD } });
      tokens[who] = await consoleApp.logIn({ email, password: PASSWORD });
    }
  });

  afterAll(async () => {
    await consoleApp?.close();
  });

  it('lists to each caller only the enterprises in their scope', async () => {
    expect(await enterpriseIdsSeenBy('admin')).toEqual(sorted('enterpriseA', 'enterpriseB'));
    expect(await enterpriseIdsSeenBy('countyStaff')).toEqual(sorted('enterpriseA', 'enterpriseB'));
    expect(await enterpriseIdsSeenBy('streetStaff')).toEqual(sorted('enterpriseA'));
    expect(await enterpriseIdsSeenBy('committee')).toEqual(sorted('enterpriseA'));
    expect(await enterpriseIdsSeenBy('mediator')).toEqual([]);
  });

  it('applies a region filter within the scope, never beyond it', async () => {
    expect(await enterpriseIdsSeenBy('admin', `?regionId=${ids.streetB}`)).toEqual(sorted('enterpriseB'));
    expect(await enterpriseIdsSeenBy('streetStaff', `?regionId=${ids.streetB}`)).toEqual([]);
    expect(await enterpriseIdsSeenBy('streetStaff', `?regionId=${ids.county}`)).toEqual(sorted('enterpriseA'));
  });

  it('opens one enterprise in scope, refuses one outside it with 403 and an unknown one with 404', async () => {
    const own = await as('streetStaff', 'GET', `/v1/enterprises/${ids.enterpriseA}`);
    expect(own.status).toBe(200);
    expect(own.body.profile).toMatchObject({ enterpriseId: ids.enterpriseA, regionPath: [ids.county, ids.streetA, ids.communityA] });
    for (const [who, enterprise] of [
      ['streetStaff', 'enterpriseB'],
      ['committee', 'enterpriseB'],
      ['mediator', 'enterpriseA'],
    ]) {
      const res = await as(who, 'GET', `/v1/enterprises/${ids[enterprise]}`);
      expect({ who, enterprise, status: res.status, error: res.body.error }).toEqual({ who, enterprise, status: 403, error: 'forbidden' });
    }
    expect((await as('committee', 'GET', `/v1/enterprises/${ids.enterpriseA}`)).status).toBe(200);
    expect((await as('admin', 'GET', `/v1/enterprises/${ids.enterpriseB}`)).status).toBe(200);
    expect((await as('streetStaff', 'GET', `/v1/enterprises/${UNKNOWN}`)).status).toBe(404);
  });

  it('lists regions within the caller’s subtree', async () => {
    const all = sorted('county', 'streetA', 'streetB', 'communityA', 'communityB');
    expect(await regionIdsSeenBy('admin')).toEqual(all);
    expect(await regionIdsSeenBy('countyStaff')).toEqual(all);
    expect(await regionIdsSeenBy('streetStaff')).toEqual(sorted('streetA', 'communityA'));
    expect(await regionIdsSeenBy('committee')).toEqual([]);
    expect(await regionIdsSeenBy('mediator')).toEqual([]);
    const communities = await as('streetStaff', 'GET', '/v1/regions?tier=community');
    expect(communities.body).toEqual([expect.objectContaining({ id: ids.communityA, name: 'Community A', tier: 'community', parentId: ids.streetA })]);
  });

  it('tells each caller who they are: person, roles, scope and language', async () => {
    const street = await as('streetStaff', 'GET', '/v1/me');
    expect(street.body).toEqual({
      sub: ids.streetStaff,
      roles: ['federation_staff'],
      regionId: ids.streetA,
      enterpriseId: null,
      language: 'en',
      person: { id: ids.streetStaff, name: 'streetStaff', email: 'streetstaff@scope.concord.example', language: 'en' },
    });
    const committee = await as('committee', 'GET', '/v1/me');
    expect(committee.body).toMatchObject({ roles: ['committee_member'], regionId: null, enterpriseId: ids.enterpriseA, language: 'zh-CN' });
  });

  it('keeps every directory change for administrators', async () => {
    for (const who of ['streetStaff', 'countyStaff', 'committee', 'mediator']) {
      for (const [method, path] of [
        ['POST', '/v1/regions'],
        ['POST', '/v1/people'],
        ['GET', '/v1/people'],
        ['POST', '/v1/enterprises'],
        ['POST', '/v1/region-contacts'],
        ['POST', '/v1/mediators'],
        ['GET', '/v1/mediators'],
        ['POST', `/v1/enterprises/${ids.enterpriseA}/api-keys`],
        ['GET', `/v1/enterprises/${ids.enterpriseA}/api-keys`],
        ['POST', `/v1/api-keys/${UNKNOWN}/rotate`],
        ['DELETE', `/v1/api-keys/${UNKNOWN}`],
        ['GET', '/v1/audit'],
      ]) {
        const res = await as(who, method, path, method === 'GET' || method === 'DELETE' ? undefined : {});
        expect({ who, method, path, status: res.status }).toEqual({ who, method, path, status: 403 });
      }
    }
  });
});
