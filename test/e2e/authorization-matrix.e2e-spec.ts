import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { StaffClaims } from '@concord/auth';
import { DEFAULT_RULE_SET } from '@concord/risk-rules';
import { waitFor, wagePaymentEvent } from '@concord/testing';
import { expectStatus, request } from './http-client';
import { type SystemUnderTest, startSystem } from './system-under-test';

/**
 * Issue 7, access control: every HTTP route of the console, risk-engine, notifier and case-service × every
 * kind of account, against the real services. A county with two streets, an ORANGE enterprise in
 * each (so each has an alert, a notification thread and a case with its mediator); accounts are
 * StaffClaims tokens signed with the services' JWT secret, as the console's login signs them.
 * An allowed call must not answer 401/403 (a 404 or 409 from the route itself is fine: it got
 * past the guard and the scope check); a forbidden one must answer 403. The table below is the
 * README's "Access control" table as data; a route added without a row fails the coverage test.
 */

type Account = 'admin' | 'county' | 'staffA' | 'staffB' | 'committeeA' | 'mediatorA' | 'publisher' | 'editor';
/** The order every route is tried in: the rules editor saves the draft last, so the admin may publish it. */
const ACCOUNTS: Account[] = ['admin', 'county', 'staffA', 'staffB', 'committeeA', 'mediatorA', 'publisher', 'editor'];
type Service = 'console' | 'risk-engine' | 'notifier' | 'case-service';

interface Ids {
  county: string;
  streetA: string;
  streetB: string;
  entA: string;
  entB: string;
  threadA: string;
  threadB: string;
  alertA: string;
  alertB: string;
  caseA: string;
  caseB: string;
  docA: string;
  silenceB: string;
  other: string;
  nothing: string;
}

interface Route {
  service: Service;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `{name}` is one of Ids; `{me}` is the caller's own person id */
  path: string;
  may: Account[];
  body?: (ids: Ids) => unknown;
  /** a server-sent event stream: only the status is read */
  stream?: boolean;
}

const ALL: Account[] = [...ACCOUNTS];
const RISK_READERS: Account[] = ['admin', 'county', 'editor', 'publisher'];
const RULES_READERS: Account[] = ['admin', 'county', 'staffA', 'staffB', 'editor', 'publisher'];
const in24h = () => new Date(Date.now() + 86_400_000).toISOString();
const document = { fileName: 'minutes.txt', mediaType: 'text/plain', content: Buffer.from('minutes of the meeting').toString('base64') };
const complaint = (enterpriseId: string) => ({ enterpriseId, category: 'pay', workerCount: 1, commonClaim: false, summary: 'Wages two months late' });

/** Admin-only writes of the directory: sent with an empty body, so the admin gets the route's own 400 and nothing changes. */
const ADMIN_ONLY_WRITE = (path: string, method: Route['method'] = 'POST'): Route => ({ service: 'console', method, path, may: ['admin'], body: () => ({}) });

const ROUTES: Route[] = [
  // console: its own API (directory, sessions, audit) and its reads relayed from the owners
  { service: 'console', method: 'GET', path: '/v1/regions', may: ALL },
  { service: 'console', method: 'GET', path: '/v1/enterprises', may: ALL },
  { service: 'console', method: 'GET', path: '/v1/enterprises/{entA}', may: ['admin', 'county', 'staffA', 'committeeA', 'editor', 'publisher'] },
  { service: 'console', method: 'GET', path: '/v1/enterprises/{entB}', may: ['admin', 'county', 'staffB', 'editor', 'publisher'] },
  { service: 'console', method: 'GET', path: '/v1/enterprises/{entA}/risk', may: ['admin', 'county', 'editor', 'publisher', 'staffA', 'committeeA'] },
  { service: 'console', method: 'GET', path: '/v1/enterprises/{entB}/risk', may: ['admin', 'county', 'editor', 'publisher', 'staffB'] },
  { service: 'console', method: 'GET', path: '/v1/alerts', may: ['admin', 'county', 'editor', 'publisher', 'staffA', 'staffB', 'committeeA'] },
  { service: 'console', method: 'GET', path: '/v1/cases', may: ['admin', 'county', 'staffA', 'staffB', 'committeeA', 'mediatorA'] },
  { service: 'console', method: 'GET', path: '/v1/cases/{caseA}', may: ['admin', 'county', 'staffA', 'committeeA', 'mediatorA'] },
  { service: 'console', method: 'GET', path: '/v1/cases/{caseB}', may: ['admin', 'county', 'staffB'] },
  { service: 'console', method: 'GET', path: '/v1/people/{me}/notifications', may: ALL },
  { service: 'console', method: 'GET', path: '/v1/people/{other}/notifications', may: ['admin'] },
  { service: 'console', method: 'GET', path: '/v1/audit', may: ['admin'] },
  { service: 'console', method: 'GET', path: '/v1/people', may: ['admin'] },
  { service: 'console', method: 'GET', path: '/v1/mediators', may: ['admin'] },
  { service: 'console', method: 'GET', path: '/v1/enterprises/{entA}/api-keys', may: ['admin'] },
  ADMIN_ONLY_WRITE('/v1/regions'),
  ADMIN_ONLY_WRITE('/v1/region-contacts'),
  ADMIN_ONLY_WRITE('/v1/enterprises'),
  ADMIN_ONLY_WRITE('/v1/people'),
  ADMIN_ONLY_WRITE('/v1/people/{nothing}/account/status', 'PUT'),
  ADMIN_ONLY_WRITE('/v1/mediators'),
  ADMIN_ONLY_WRITE('/v1/enterprises/{nothing}/api-keys'),
  ADMIN_ONLY_WRITE('/v1/api-keys/{nothing}/rotate'),
  ADMIN_ONLY_WRITE('/v1/api-keys/{nothing}', 'DELETE'),
  // risk-engine
  ...(['risk', 'forecast', 'scores'] as const).flatMap((part): Route[] => [
    { service: 'risk-engine', method: 'GET', path: `/v1/enterprises/{entA}/${part}`, may: [...RISK_READERS, 'staffA', 'committeeA'] },
    { service: 'risk-engine', method: 'GET', path: `/v1/enterprises/{entB}/${part}`, may: [...RISK_READERS, 'staffB'] },
  ]),
  { service: 'risk-engine', method: 'GET', path: '/v1/alerts', may: [...RISK_READERS, 'staffA', 'staffB', 'committeeA'] },
  { service: 'risk-engine', method: 'GET', path: '/v1/regions/{streetA}/risk', may: [...RISK_READERS, 'staffA'] },
  { service: 'risk-engine', method: 'GET', path: '/v1/regions/{streetB}/risk', may: [...RISK_READERS, 'staffB'] },
  { service: 'risk-engine', method: 'GET', path: '/v1/board', may: ALL.filter((account) => account !== 'mediatorA') },
  { service: 'risk-engine', method: 'GET', path: '/v1/rule-sets', may: RULES_READERS },
  { service: 'risk-engine', method: 'GET', path: '/v1/rule-sets/audit', may: RULES_READERS },
  { service: 'risk-engine', method: 'GET', path: '/v1/rule-sets/1', may: RULES_READERS },
  { service: 'risk-engine', method: 'PUT', path: '/v1/rule-sets/draft', may: ['admin', 'editor'], body: () => ({ ruleSet: DEFAULT_RULE_SET }) },
  { service: 'risk-engine', method: 'POST', path: '/v1/rule-sets/draft/backtest', may: ['admin', 'editor', 'publisher'] },
  { service: 'risk-engine', method: 'POST', path: '/v1/rule-sets/draft/publish', may: ['admin', 'publisher'], body: () => ({ reason: 'authorization matrix' }) },
  { service: 'risk-engine', method: 'POST', path: '/v1/rule-sets/rollback', may: ['admin', 'publisher'], body: () => ({ toVersion: 1, reason: 'authorization matrix' }) },
  // notifier
  { service: 'notifier', method: 'GET', path: '/v1/threads', may: ['admin', 'county', 'staffA', 'staffB', 'committeeA'] },
  { service: 'notifier', method: 'GET', path: '/v1/threads/{threadA}', may: ['admin', 'county', 'staffA', 'committeeA'] },
  { service: 'notifier', method: 'GET', path: '/v1/threads/{threadB}', may: ['admin', 'county', 'staffB'] },
  { service: 'notifier', method: 'POST', path: '/v1/threads/{threadA}/acknowledge', may: ['admin', 'county', 'staffA'] },
  { service: 'notifier', method: 'POST', path: '/v1/threads/{threadB}/acknowledge', may: ['admin', 'county', 'staffB'] },
  { service: 'notifier', method: 'GET', path: '/v1/alerts/{alertA}/deliveries', may: ['admin', 'county', 'staffA'] },
  { service: 'notifier', method: 'GET', path: '/v1/alerts/{alertB}/deliveries', may: ['admin', 'county', 'staffB'] },
  { service: 'notifier', method: 'GET', path: '/v1/deliveries/dead', may: ['admin'] },
  { service: 'notifier', method: 'POST', path: '/v1/deliveries/{nothing}/replay', may: ['admin'] },
  { service: 'notifier', method: 'GET', path: '/v1/me/inbox/stream', may: ALL, stream: true },
  ...(['notifications', 'case-notices', 'preferences'] as const).flatMap((part): Route[] => [
    { service: 'notifier', method: 'GET', path: `/v1/people/{me}/${part}`, may: ALL },
    { service: 'notifier', method: 'GET', path: `/v1/people/{other}/${part}`, may: ['admin'] },
  ]),
  { service: 'notifier', method: 'PUT', path: '/v1/people/{me}/preferences', may: ALL, body: () => ({ channelsByLevel: {}, quietHours: null }) },
  { service: 'notifier', method: 'PUT', path: '/v1/people/{other}/preferences', may: ['admin'], body: () => ({ channelsByLevel: {}, quietHours: null }) },
  { service: 'notifier', method: 'GET', path: '/v1/routing/{streetA}', may: ['admin'] },
  { service: 'notifier', method: 'PUT', path: '/v1/routing/{streetA}', may: ['admin'], body: () => ({ minLevelByRole: {} }) },
  { service: 'notifier', method: 'GET', path: '/v1/webhook-endpoints', may: ['admin'] },
  {
    service: 'notifier',
    method: 'POST',
    path: '/v1/webhook-endpoints',
    may: ['admin'],
    body: (ids) => ({ regionId: ids.streetA, url: 'http://127.0.0.1:9/hook', format: 'json', secret: 'a-secret-of-some-length' }),
  },
  { service: 'notifier', method: 'DELETE', path: '/v1/webhook-endpoints/{nothing}', may: ['admin'] },
  { service: 'notifier', method: 'POST', path: '/v1/silences', may: ['admin', 'county', 'staffA'], body: (ids) => ({ enterpriseId: ids.entA, endsAt: in24h(), reason: 'matrix: enterprise A' }) },
  { service: 'notifier', method: 'POST', path: '/v1/silences', may: ['admin', 'county', 'staffB'], body: (ids) => ({ regionId: ids.streetB, endsAt: in24h(), reason: 'matrix: street B' }) },
  { service: 'notifier', method: 'GET', path: '/v1/silences', may: ['admin', 'county', 'staffA', 'staffB'] },
  { service: 'notifier', method: 'DELETE', path: '/v1/silences/{silenceB}', may: ['admin', 'county', 'staffB'] },
  // case-service
  { service: 'case-service', method: 'GET', path: '/v1/cases', may: ['admin', 'county', 'staffA', 'staffB', 'committeeA', 'mediatorA'] },
  { service: 'case-service', method: 'POST', path: '/v1/cases', may: ['admin', 'county', 'staffA'], body: (ids) => complaint(ids.entA) },
  { service: 'case-service', method: 'POST', path: '/v1/cases', may: ['admin', 'county', 'staffB'], body: (ids) => complaint(ids.entB) },
  { service: 'case-service', method: 'GET', path: '/v1/cases/{caseA}', may: ['admin', 'county', 'staffA', 'committeeA', 'mediatorA'] },
  { service: 'case-service', method: 'GET', path: '/v1/cases/{caseB}', may: ['admin', 'county', 'staffB'] },
  // Refused by the workflow in the case's stage (409) for whoever may issue it: the matrix changes no case.
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseA}/transitions', may: ['admin', 'county', 'staffA', 'mediatorA'], body: () => ({ type: 'confirm_performance' }) },
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseB}/transitions', may: ['admin', 'county', 'staffB'], body: () => ({ type: 'confirm_performance' }) },
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseA}/notes', may: ['admin', 'county', 'staffA', 'mediatorA'], body: () => ({ body: 'Called the employer.' }) },
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseB}/notes', may: ['admin', 'county', 'staffB'], body: () => ({ body: 'Called the employer.' }) },
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseA}/documents', may: ['admin', 'county', 'staffA', 'mediatorA'], body: () => document },
  { service: 'case-service', method: 'POST', path: '/v1/cases/{caseB}/documents', may: ['admin', 'county', 'staffB'], body: () => document },
  { service: 'case-service', method: 'GET', path: '/v1/cases/{caseA}/documents/{docA}', may: ['admin', 'county', 'staffA', 'committeeA', 'mediatorA'] },
];

/** Every route the four services declare (method and path pattern), from their controllers; the console's login is public. */
const DECLARED: Record<Service, string[]> = {
  console: [
    'GET /v1/me',
    'GET /v1/regions',
    'POST /v1/regions',
    'POST /v1/region-contacts',
    'GET /v1/enterprises',
    'POST /v1/enterprises',
    'GET /v1/enterprises/:id',
    'GET /v1/enterprises/:id/risk',
    'GET /v1/alerts',
    'GET /v1/cases',
    'GET /v1/cases/:id',
    'GET /v1/people/:personId/notifications',
    'GET /v1/audit',
    'GET /v1/people',
    'POST /v1/people',
    'PUT /v1/people/:id/account/status',
    'GET /v1/mediators',
    'POST /v1/mediators',
    'GET /v1/enterprises/:id/api-keys',
    'POST /v1/enterprises/:id/api-keys',
    'POST /v1/api-keys/:id/rotate',
    'DELETE /v1/api-keys/:id',
  ],
  'risk-engine': [
    'GET /v1/enterprises/:id/risk',
    'GET /v1/enterprises/:id/forecast',
    'GET /v1/enterprises/:id/scores',
    'GET /v1/alerts',
    'GET /v1/regions/:id/risk',
    'GET /v1/board',
    'GET /v1/rule-sets',
    'GET /v1/rule-sets/audit',
    'GET /v1/rule-sets/:version',
    'PUT /v1/rule-sets/draft',
    'POST /v1/rule-sets/draft/backtest',
    'POST /v1/rule-sets/draft/publish',
    'POST /v1/rule-sets/rollback',
  ],
  notifier: [
    'GET /v1/threads',
    'GET /v1/threads/:threadId',
    'POST /v1/threads/:threadId/acknowledge',
    'GET /v1/alerts/:alertId/deliveries',
    'GET /v1/deliveries/dead',
    'POST /v1/deliveries/:deliveryId/replay',
    'GET /v1/me/inbox/stream',
    'GET /v1/people/:personId/notifications',
    'GET /v1/people/:personId/case-notices',
    'GET /v1/people/:personId/preferences',
    'PUT /v1/people/:personId/preferences',
    'GET /v1/routing/:regionId',
    'PUT /v1/routing/:regionId',
    'GET /v1/webhook-endpoints',
    'POST /v1/webhook-endpoints',
    'DELETE /v1/webhook-endpoints/:endpointId',
    'POST /v1/silences',
    'GET /v1/silences',
    'DELETE /v1/silences/:silenceId',
  ],
  'case-service': [
    'GET /v1/cases',
    'POST /v1/cases',
    'GET /v1/cases/:id',
    'POST /v1/cases/:id/transitions',
    'POST /v1/cases/:id/notes',
    'POST /v1/cases/:id/documents',
    'GET /v1/cases/:id/documents/:docId',
  ],
};

/** Answers only for a token whose staff account exists (tested on its own below). */
const SESSION_ROUTE = { service: 'console', method: 'GET', path: '/v1/me' } as const;

/** Reachable without a staff token: the signed acknowledge link (its own credential) and health. */
const PUBLIC_ROUTES: { service: Service; method: string; path: string }[] = [
  { service: 'console', method: 'POST', path: '/v1/auth/login' },
  { service: 'notifier', method: 'GET', path: '/v1/ack/not-a-valid-signed-link' },
  { service: 'notifier', method: 'POST', path: '/v1/ack/not-a-valid-signed-link' },
  ...(['console', 'risk-engine', 'notifier', 'case-service'] as const).map((service) => ({ service, method: 'GET', path: '/health/live' })),
];

describe('authorization matrix: every route × every role (e2e, real processes)', () => {
  let system: SystemUnderTest;
  let jwt: JwtService;
  const ids = { other: randomUUID(), nothing: randomUUID() } as Ids;
  const claims = {} as Record<Account, StaffClaims>;
  const tokens = {} as Record<Account, string>;

  const url = (service: Service, path: string) => `${system.urls[service]}${path}`;
  const resolve = (path: string, account: Account) =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'me' ? claims[account].sub : (ids as unknown as Record<string, string>)[name]));
  const asAdmin = <T>(service: Service, method: string, path: string, body?: unknown) => request<T>(method, url(service, path), { token: tokens.admin, body });

  async function call(route: Route, token: string | undefined, account: Account = 'admin'): Promise<number> {
    const target = url(route.service, resolve(route.path, account));
    if (!route.stream) return (await request(route.method, target, { token, body: route.body?.(ids) })).status;
    const abort = new AbortController();
    const response = await fetch(target, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: abort.signal });
    abort.abort();
    return response.status;
  }

  beforeAll(async () => {
    system = await startSystem();
    jwt = new JwtService({ secret: system.env.JWT_SECRET });
    const login = await expectStatus<{ token: string }>(200, request('POST', `${system.urls.console}/v1/auth/login`, { body: system.admin }));
    const directory = await buildTwoStreets(system.urls.console, login.token);
    Object.assign(ids, { county: directory.county, streetA: directory.streetA, streetB: directory.streetB, entA: directory.entA, entB: directory.entB });
    const account = (roles: StaffClaims['roles'], regionId: string | null = null, enterpriseId: string | null = null, sub: string = randomUUID()): StaffClaims => ({ sub, roles, regionId, enterpriseId });
    Object.assign(claims, {
      admin: account(['admin']),
      county: account(['federation_staff'], directory.county),
      staffA: account(['federation_staff'], directory.streetA),
      staffB: account(['federation_staff'], directory.streetB),
      committeeA: account(['committee_member'], null, directory.entA, directory.managerA),
      mediatorA: account(['mediator'], null, null, directory.mediatorA),
      editor: account(['rules_editor'], directory.county),
      publisher: account(['rules_publisher'], directory.county),
    } satisfies Record<Account, StaffClaims>);
    for (const name of ACCOUNTS) tokens[name] = jwt.sign(claims[name], { algorithm: 'HS256', expiresIn: 3600 });

    // An ORANGE wage run in each enterprise: an alert, a notification thread and a case each.
    for (const [enterpriseId, key] of [[directory.entA, directory.keyA], [directory.entB, directory.keyB]] as const) {
      const event = wagePaymentEvent({ enterpriseId, headcount: 100, workersUnpaid: 12, daysLate: 35 });
      await expectStatus(202, request('POST', `${system.urls['ingest-api']}/v1/events`, { token: key, body: event }));
    }
    for (const [suffix, enterpriseId, mediatorId] of [['A', directory.entA, directory.mediatorA], ['B', directory.entB, directory.mediatorB]] as const) {
      const thread = await waitFor(`a notification thread for enterprise ${suffix}`, async () => {
        const listed = await asAdmin<{ items: { id: string; alertId: string }[] }>('notifier', 'GET', `/v1/threads?enterpriseId=${enterpriseId}`);
        return listed.body.items?.[0];
      });
      const seated = await waitFor(`a case for enterprise ${suffix} with its mediator`, async () => {
        const listed = await asAdmin<{ items: { id: string; mediatorIds: string[] }[] }>('case-service', 'GET', `/v1/cases?enterpriseId=${enterpriseId}`);
        return listed.body.items?.find((item) => item.mediatorIds.includes(mediatorId));
      });
      Object.assign(ids, { [`thread${suffix}`]: thread.id, [`alert${suffix}`]: thread.alertId, [`case${suffix}`]: seated.id });
    }
    ids.docA = (await expectStatus<{ id: string }>(201, asAdmin('case-service', 'POST', `/v1/cases/${ids.caseA}/documents`, document))).id;
    ids.silenceB = (await expectStatus<{ id: string }>(201, asAdmin('notifier', 'POST', '/v1/silences', { regionId: ids.streetB, endsAt: in24h(), reason: 'setup: street B' }))).id;
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('has a row for every declared route, and every row names a declared route', () => {
    const pattern = (path: string) => path.replace(/\{\w+\}/g, ':x').replace(/\/1$/, '/:x').replace(/:\w+/g, ':x');
    const covered = new Set([...ROUTES, SESSION_ROUTE].map((route) => `${route.service} ${route.method} ${pattern(route.path)}`));
    const declared = new Set(Object.entries(DECLARED).flatMap(([service, routes]) => routes.map((route) => `${service} ${route.split(' ')[0]} ${pattern(route.split(' ')[1])}`)));
    expect([...declared].filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !declared.has(route))).toEqual([]);
  });

  it.each(ROUTES.map((route) => [`${route.method} ${route.path} (${route.service})`, route] as const))('%s: allowed roles pass, the others get 403', async (_, route) => {
    const outcome: Record<string, number> = {};
    for (const account of ACCOUNTS) outcome[account] = await call(route, tokens[account], account);
    const expected = Object.fromEntries(ACCOUNTS.map((account) => [account, route.may.includes(account) ? 'passes' : 403]));
    // Passing means the route's own answer (2xx, or a 404/409 of its own), never a 401/403 nor a crash.
    const passed = (status: number) => ![401, 403].includes(status) && status < 500;
    const actual = Object.fromEntries(ACCOUNTS.map((account) => [account, route.may.includes(account) && passed(outcome[account]) ? 'passes' : outcome[account]]));
    expect(actual).toEqual(expected);
  });

  it('answers GET /v1/me (console) for a logged-in account, and 401 for a valid token whose account does not exist', async () => {
    const login = await expectStatus<{ token: string }>(200, request('POST', `${system.urls.console}/v1/auth/login`, { body: system.admin }));
    const me = await expectStatus<{ roles: string[] }>(200, request('GET', `${system.urls.console}/v1/me`, { token: login.token }));
    expect(me.roles).toContain('admin');
    // The matrix's accounts are signed claims without a staff account: the session ends, whatever the role.
    for (const account of ACCOUNTS) expect([account, (await request('GET', `${system.urls.console}/v1/me`, { token: tokens[account] })).status]).toEqual([account, 401]);
  });

  it('answers 401 on every route without a token, with a tampered, an expired, a foreign-secret or an unsigned (alg none) one', async () => {
    const [header, payload, signature] = tokens.staffB.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), roles: ['admin'], regionId: null })).toString('base64url');
    const tampered = `${header}.${forged}.${signature}`;
    const expired = jwt.sign({ ...claims.admin, exp: Math.floor(Date.now() / 1000) - 60 }, { algorithm: 'HS256' });
    const otherSecret = new JwtService({ secret: 'not-the-services-secret-but-long-enough' }).sign(claims.admin, { algorithm: 'HS256', expiresIn: 600 });
    // The classic JWT downgrade: no signature at all, the header saying none is needed.
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ ...claims.admin, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    const failures: string[] = [];
    for (const route of ROUTES) {
      for (const [label, token] of [['no token', undefined], ['tampered', tampered], ['expired', expired], ['foreign secret', otherSecret], ['alg none', unsigned]] as const) {
        const status = await call(route, token);
        if (status !== 401) failures.push(`${route.method} ${route.path} with ${label}: ${status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('leaves the public routes (signed acknowledge link, health) open without a token', async () => {
    for (const route of PUBLIC_ROUTES) expect([route.path, (await request(route.method, url(route.service, route.path))).status]).not.toEqual([route.path, 401]);
  });

  it('lists only what is in scope: alerts, threads, cases and silences of the caller', async () => {
    const list = async <T>(account: Account, service: Service, path: string) => (await expectStatus<{ items: T[] }>(200, request('GET', url(service, path), { token: tokens[account] }))).items;
    const enterprisesOf = (items: { enterpriseId: string | null }[]) => [...new Set(items.map((item) => item.enterpriseId))].sort();
    const both = [ids.entA, ids.entB].sort();
    // The admin sees these two among whatever else the system holds; the others see exactly their own.
    for (const [account, expected] of [['county', both], ['staffA', [ids.entA]], ['staffB', [ids.entB]], ['committeeA', [ids.entA]]] as const) {
      expect([account, enterprisesOf(await list(account, 'risk-engine', '/v1/alerts'))]).toEqual([account, expected]);
      expect([account, enterprisesOf(await list(account, 'notifier', '/v1/threads?status=open'))]).toEqual([account, expected]);
      expect([account, enterprisesOf(await list(account, 'case-service', '/v1/cases?limit=200'))]).toEqual([account, expected]);
      // Asking by name for the other enterprise gives an empty list, not its rows.
      if (expected.length === 1) {
        const other = expected[0] === ids.entA ? ids.entB : ids.entA;
        expect(await list(account, 'risk-engine', `/v1/alerts?enterpriseId=${other}`)).toEqual([]);
        expect(await list(account, 'notifier', `/v1/threads?enterpriseId=${other}`)).toEqual([]);
        expect(await list(account, 'case-service', `/v1/cases?enterpriseId=${other}`)).toEqual([]);
      }
    }
    expect(enterprisesOf(await list('admin', 'case-service', '/v1/cases?limit=200'))).toEqual(expect.arrayContaining(both));
    const mediatorCases = await list<{ id: string; mediatorIds: string[] }>('mediatorA', 'case-service', '/v1/cases?limit=200');
    expect(mediatorCases.map((item) => item.id)).toContain(ids.caseA);
    expect(mediatorCases.every((item) => item.mediatorIds.includes(claims.mediatorA.sub))).toBe(true);

    const silenced = async (account: Account) => (await list<{ enterpriseId: string | null; regionId: string | null }>(account, 'notifier', '/v1/silences')).map((s) => s.enterpriseId ?? s.regionId);
    expect(new Set(await silenced('staffA'))).toEqual(new Set([ids.entA]));
    expect(new Set(await silenced('county'))).toEqual(new Set([ids.entA, ids.streetB]));
  });
});

interface TwoStreets {
  county: string;
  streetA: string;
  streetB: string;
  entA: string;
  entB: string;
  managerA: string;
  mediatorA: string;
  mediatorB: string;
  keyA: string;
  keyB: string;
}

/** Through the console's admin API: a county with streets A and B, a community and an enterprise under each, a mediator per street. */
async function buildTwoStreets(consoleUrl: string, token: string): Promise<TwoStreets> {
  const post = <T extends { id: string }>(path: string, body: unknown) => expectStatus<T>(201, request<T>('POST', `${consoleUrl}${path}`, { token, body }));
  const county = await post('/v1/regions', { name: 'Matrix County', tier: 'county' });
  const street = async (name: string) => {
    const created = await post('/v1/regions', { name: `${name} Street`, tier: 'street', parentId: county.id });
    const community = await post('/v1/regions', { name: `${name} Community`, tier: 'community', parentId: created.id });
    return { street: created.id, community: community.id };
  };
  const a = await street('North');
  const b = await street('South');
  const person = (name: string) => post('/v1/people', { name, email: `${name.toLowerCase().replace(/\s+/g, '.')}@matrix.test`, language: 'zh-CN' });
  const enterprise = async (suffix: string, communityId: string) => {
    const [liaison, management, union, employee, chair] = await Promise.all(['Liaison', 'Manager', 'Union', 'Employee', 'Chair'].map((role) => person(`${role} ${suffix}`)));
    const created = await expectStatus<{ profile: { enterpriseId: string } }>(
      201,
      request('POST', `${consoleUrl}/v1/enterprises`, {
        token,
        body: {
          name: `Matrix Works ${suffix}`,
          registeredCode: `91330203MTRX000${suffix}1`,
          regionId: communityId,
          industry: 'manufacturing',
          headcount: 100,
          liaisonPersonId: liaison.id,
          committee: { managementPersonId: management.id, unionPersonId: union.id, employeePersonId: employee.id },
          grassrootsUnionChairPersonId: chair.id,
        },
      }),
    );
    const enterpriseId = created.profile.enterpriseId;
    const key = (await expectStatus<{ key: string }>(201, request('POST', `${consoleUrl}/v1/enterprises/${enterpriseId}/api-keys`, { token, body: { label: 'matrix' } }))).key;
    return { enterpriseId, managerId: management.id, key };
  };
  const entA = await enterprise('A', a.community);
  const entB = await enterprise('B', b.community);
  const mediator = async (name: string, streetId: string) => {
    const created = await person(name);
    await post('/v1/mediators', { personId: created.id, tiers: ['street'], regionIds: [streetId], languages: ['zh-CN'], industries: ['manufacturing'], expertise: ['pay'], capacity: 50 });
    return created.id;
  };
  return {
    county: county.id,
    streetA: a.street,
    streetB: b.street,
    entA: entA.enterpriseId,
    entB: entB.enterpriseId,
    managerA: entA.managerId,
    mediatorA: await mediator('Mediator North', a.street),
    mediatorB: await mediator('Mediator South', b.street),
    keyA: entA.key,
    keyB: entB.key,
  };
}
