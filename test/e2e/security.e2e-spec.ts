import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { verifyWebhookSignature } from '@concord/contracts';
import { testKafkaEnv, waitFor, wagePaymentEvent } from '@concord/testing';
import { type SliceDirectory, buildSliceDirectory } from './directory-fixture';
import { type JsonResponse, expectStatus, request } from './http-client';
import { SQL_INJECTIONS, deeplyNestedArray, deeplyNestedJson, wideArray } from './security-payloads';
import { type TopicMessage, readEveryTopic } from './security-topic-reader';
import { type ServiceName, type SystemUnderTest, startSystem } from './system-under-test';

interface ErrorBody {
  error?: string;
  message?: string;
}

/** Reads 'as expected' or the unexpected status, so a failure names the request and what it got. */
const statusAmong = (status: number, expected: number[]) => (expected.includes(status) ? 'as expected' : status);

/**
 * Issue 8, security suite: attacks on the five services running as processes, through public
 * HTTP only. Every-route-by-role access (and tampered, expired, foreign-secret and alg-none
 * tokens) is authorization-matrix.e2e-spec.ts; this file covers what an enterprise key, a
 * complaint, a hostile body or a log reader could do. The services log at debug level here, so
 * the log checks see everything a verbose production log could hold.
 */
describe('security: enterprise keys, injection, hostile bodies, anonymity, secrets, webhooks (e2e)', () => {
  let system: SystemUnderTest;
  let directory: SliceDirectory;
  let adminToken: string;
  let committeeToken: string;
  let committeePersonId: string;
  let trackingCode: string;
  const staffPassword = randomBytes(12).toString('hex');
  const regionWebhookSecret = randomBytes(24).toString('hex');
  const robotWebhookSecret = randomBytes(24).toString('hex');
  const suffix = randomBytes(4).toString('hex');
  const complainant = { name: `Zhang Wei ${suffix}`, phone: `139${randomInt(10_000_000, 99_999_999)}`, email: `w.${suffix}@example.test` };
  /** Every HTTP answer an enterprise key or a committee member of enterprise A got, for the anonymity check. */
  const answersToTheEnterprise: string[] = [];

  const url = (service: ServiceName, path: string) => `${system.urls[service]}${path}`;
  const asAdmin = <T = unknown>(method: string, service: ServiceName, path: string, body?: unknown) => request<T>(method, url(service, path), { token: adminToken, body });
  const logIn = (email: string, password: string) => expectStatus<{ token: string }>(200, request('POST', url('console', '/v1/auth/login'), { body: { email, password } }));
  const expectEveryServiceReady = async () => {
    for (const service of system.processes) expect([service.name, (await fetch(`${service.baseUrl}/health/ready`)).status]).toEqual([service.name, 200]);
  };

  beforeAll(async () => {
    // The complaint budget per address would otherwise stop the hostile complaints before the real one.
    system = await startSystem({ env: { LOG_LEVEL: 'debug', COMPLAINTS_PER_IP_PER_HOUR: '1000' } });
    adminToken = (await logIn(system.admin.email, system.admin.password)).token;
    directory = await buildSliceDirectory(system.urls.console, adminToken);
    const committeeMember = await expectStatus<{ id: string }>(
      201,
      asAdmin('POST', 'console', '/v1/people', {
        name: 'Committee Qian',
        email: 'qian@concord.test',
        account: { roles: ['committee_member'], enterpriseId: directory.enterpriseA, password: staffPassword },
      }),
    );
    committeePersonId = committeeMember.id;
    committeeToken = (await logIn('qian@concord.test', staffPassword)).token;
    // Addresses of their own on the same receiver: the notifier sends one delivery per target and alert revision.
    // The group-chat robot's markdown carries a signed acknowledge link, which the secrets check opens.
    for (const [path, format, secret] of [['street', 'json', regionWebhookSecret], ['robot', 'markdown', robotWebhookSecret]]) {
      await expectStatus(201, asAdmin('POST', 'notifier', '/v1/webhook-endpoints', { regionId: directory.streetId, url: `${system.webhook.url}/${path}`, format, secret }));
    }
    // An ORANGE wage run of enterprise A: an alert, its notifications, three webhooks and a case.
    const wageRun = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 12, daysLate: 35 });
    await expectStatus(202, request('POST', url('ingest-api', '/v1/events'), { token: directory.keyA, body: wageRun }));
  });

  afterAll(async () => {
    await system?.stop();
  });

  describe('an enterprise API key', () => {
    it('reads nothing through any staff route, of its own enterprise or another', async () => {
      const { enterpriseA, enterpriseB } = directory;
      const reads: [ServiceName, string][] = [
        ['console', '/v1/enterprises'],
        ['console', `/v1/enterprises/${enterpriseB}`],
        ['console', `/v1/enterprises/${enterpriseB}/risk`],
        ['console', `/v1/enterprises/${enterpriseA}/risk`],
        ['console', '/v1/alerts'],
        ['console', '/v1/cases'],
        ['console', `/api/risk/v1/enterprises/${enterpriseB}/scores`],
        ['risk-engine', `/v1/enterprises/${enterpriseB}/risk`],
        ['risk-engine', `/v1/alerts?enterpriseId=${enterpriseB}`],
        ['risk-engine', '/v1/board'],
        ['notifier', `/v1/threads?enterpriseId=${enterpriseB}`],
        ['case-service', `/v1/cases?enterpriseId=${enterpriseB}`],
      ];
      for (const [service, path] of reads) {
        const response = await request('GET', url(service, path), { token: directory.keyA });
        expect([service, path, response.status]).toEqual([service, path, 401]);
      }
    });

    it('has no ingest route that reads enterprise data: every GET is a template, a schema or a tracking code', async () => {
      const openApi = await expectStatus<{ paths: Record<string, Record<string, unknown>> }>(200, request('GET', url('ingest-api', '/docs-json')));
      const reads = Object.entries(openApi.paths).filter(([, operations]) => 'get' in operations).map(([path]) => path).sort();
      expect(reads).toEqual(['/health/live', '/health/ready', '/v1/complaints/{trackingCode}', '/v1/contracts/json-schema', '/v1/contracts/json-schema/{type}', '/v1/csv/templates/{type}']);
    });

    it("is refused for another enterprise's events inside a batch, while its own are accepted", async () => {
      const own = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 0, daysLate: 0, period: '2026-01' });
      const foreign = wagePaymentEvent({ enterpriseId: directory.enterpriseB, headcount: 100, workersUnpaid: 80, daysLate: 90 });
      const answer = await expectStatus<{ results: { status: string; error?: string }[] }>(
        200,
        request('POST', url('ingest-api', '/v1/events/batch'), { token: directory.keyA, body: { events: [own, foreign] } }),
      );
      expect(answer.results.map((r) => [r.status, r.error])).toEqual([['accepted', undefined], ['rejected', 'forbidden']]);
    });

    it('stops working the moment it is revoked', async () => {
      const issued = await expectStatus<{ keyId: string; key: string }>(201, asAdmin('POST', 'console', `/v1/enterprises/${directory.enterpriseA}/api-keys`, { label: 'to revoke' }));
      await expectStatus(204, asAdmin('DELETE', 'console', `/v1/api-keys/${issued.keyId}`));
      const event = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 0, daysLate: 0 });
      const refused = await request<ErrorBody>('POST', url('ingest-api', '/v1/events'), { token: issued.key, body: event });
      expect([refused.status, refused.body.message]).toEqual([401, expect.stringMatching(/unknown or revoked/)]);
    });
  });

  describe('SQL injection strings', () => {
    /** A refusal that names the problem, or (for a free-text filter) an empty result: never a 500, never rows. */
    const expectHarmless = (what: string, response: JsonResponse<unknown>) => {
      const body = response.body as ErrorBody & { items?: unknown[]; enterprises?: unknown[] };
      if (response.status >= 300) {
        expect([what, statusAmong(response.status, [400, 401, 403, 404])]).toEqual([what, 'as expected']);
        expect([what, typeof body.error, (body.message ?? '').length > 0]).toEqual([what, 'string', true]);
      } else {
        expect([what, body.items ?? body.enterprises]).toEqual([what, []]);
      }
    };

    it('in path parameters of every service: 400 or 404 with a message', async () => {
      const targets: [ServiceName, string, string?][] = [
        ['console', '/v1/enterprises/{x}'],
        ['console', '/v1/cases/{x}'],
        ['console', '/v1/enterprises/{x}/api-keys'],
        ['risk-engine', '/v1/enterprises/{x}/risk'],
        ['risk-engine', '/v1/regions/{x}/risk'],
        ['risk-engine', '/v1/rule-sets/{x}'],
        ['notifier', '/v1/threads/{x}'],
        ['notifier', '/v1/alerts/{x}/deliveries'],
        ['notifier', '/v1/people/{x}/notifications'],
        ['notifier', '/v1/routing/{x}'],
        ['notifier', '/v1/silences/{x}', 'DELETE'],
        ['case-service', '/v1/cases/{x}'],
        ['case-service', `/v1/cases/${randomUUID()}/documents/{x}`],
        ['ingest-api', '/v1/contracts/json-schema/{x}'],
        ['ingest-api', '/v1/complaints/{x}'],
      ];
      for (const injection of SQL_INJECTIONS) {
        for (const [service, path, method = 'GET'] of targets) {
          const target = path.replace('{x}', encodeURIComponent(injection));
          expectHarmless(`${method} ${service} ${target}`, await asAdmin(method, service, target));
        }
        const template = await request('GET', url('ingest-api', `/v1/csv/templates/${encodeURIComponent(injection)}`), { token: directory.keyA });
        expectHarmless(`csv template ${injection}`, template);
      }
    });

    it('in query parameters: refused by validation, or an empty list for a free-text filter', async () => {
      const targets: [ServiceName, string][] = [
        ['console', '/v1/enterprises?regionId={x}'],
        ['console', '/v1/regions?parentId={x}'],
        ['console', '/v1/audit?personId={x}'],
        ['console', '/v1/audit?cursor={x}'],
        ['risk-engine', '/v1/alerts?enterpriseId={x}'],
        ['risk-engine', '/v1/alerts?status={x}'],
        ['risk-engine', '/v1/board?industry={x}'],
        ['risk-engine', '/v1/board?sort={x}'],
        ['risk-engine', `/v1/regions/${randomUUID()}/risk?days={x}`],
        ['notifier', '/v1/threads?enterpriseId={x}'],
        ['notifier', `/v1/people/${randomUUID()}/notifications?limit={x}`],
        ['case-service', '/v1/cases?enterpriseId={x}'],
        ['case-service', '/v1/cases?limit={x}'],
      ];
      for (const injection of SQL_INJECTIONS) {
        for (const [service, path] of targets) {
          const target = path.replace('{x}', encodeURIComponent(injection));
          expectHarmless(`GET ${service} ${target}`, await asAdmin('GET', service, target));
        }
      }
    });

    it('in JSON fields: identifiers refused, free text stored verbatim, credentials never matched', async () => {
      const probeCase = { enterpriseId: directory.enterpriseA, category: 'pay', workerCount: 1, commonClaim: false, summary: 'injection probe' };
      const { caseId } = await expectStatus<{ caseId: string }>(201, asAdmin('POST', 'case-service', '/v1/cases', probeCase));
      const wageRun = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 0, daysLate: 0 });
      for (const [index, injection] of SQL_INJECTIONS.entries()) {
        const refusals: [string, Promise<JsonResponse<unknown>>][] = [
          // One unknown account, one attempt per string: stays inside the per-email login budget (5).
          ['login password', request('POST', url('console', '/v1/auth/login'), { body: { email: 'nobody@concord.test', password: injection } })],
          ['login email', request('POST', url('console', '/v1/auth/login'), { body: { email: injection, password: injection } })],
          ['event subject', request('POST', url('ingest-api', '/v1/events'), { token: directory.keyA, body: { ...wageRun, id: randomUUID(), subject: injection } })],
          ['complaint enterprise code', request('POST', url('ingest-api', '/v1/complaints'), { body: { enterpriseCode: injection, category: 'pay', text: 'late wages', anonymous: true } })],
          ['case enterprise', asAdmin('POST', 'case-service', '/v1/cases', { enterpriseId: injection, category: 'pay', workerCount: 1, commonClaim: false, summary: 'x' })],
          ['silence enterprise', asAdmin('POST', 'notifier', '/v1/silences', { enterpriseId: injection, endsAt: new Date(Date.now() + 3_600_000).toISOString(), reason: 'probe' })],
          ['regions parent', asAdmin('POST', 'console', '/v1/regions', { name: 'Probe', tier: 'street', parentId: injection })],
        ];
        for (const [what, pending] of refusals) expectHarmless(`${what} = ${injection}`, await pending);

        const person = await expectStatus<{ id: string; name: string }>(201, asAdmin('POST', 'console', '/v1/people', { name: `${injection} #${index}` }));
        expect(person.name).toBe(`${injection} #${index}`);
        await expectStatus(201, asAdmin('POST', 'case-service', `/v1/cases/${caseId}/notes`, { body: injection }));
      }
      const notes = (await expectStatus<{ notes: { body: string }[] }>(200, asAdmin('GET', 'case-service', `/v1/cases/${caseId}`))).notes.map((note) => note.body);
      expect(notes.sort()).toEqual([...SQL_INJECTIONS].sort());
      // The stacked DELETE did not run: the directory still holds the slice's people.
      const people = await expectStatus<{ name: string }[]>(200, asAdmin('GET', 'console', '/v1/people'));
      expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Liaison Li', 'Mediator Meng', 'Committee Qian']));
      await expectEveryServiceReady();
    });
  });

  describe('oversized, deeply nested and very wide bodies', () => {
    const tooLarge = (bytes: number) => JSON.stringify({ padding: 'x'.repeat(bytes) });
    const deepField = (field: string) => `{"${field}":${deeplyNestedJson(10_000)}}`;
    const wideField = (field: string) => JSON.stringify({ [field]: wideArray(50_000) });

    it('are answered 400 or 413 with a message on ingest and console routes, and every service stays ready', async () => {
      const consoleUrl = system.urls.console;
      const ingestUrl = system.urls['ingest-api'];
      const key = directory.keyA;
      const attempts: [string, string, string, string | undefined, string][] = [
        ['event 3 MB', 'POST', `${ingestUrl}/v1/events`, key, tooLarge(3 * 1024 * 1024)],
        ['event nested 10,000', 'POST', `${ingestUrl}/v1/events`, key, deepField('data')],
        ['event nested 100,000', 'POST', `${ingestUrl}/v1/events`, key, deeplyNestedJson(100_000)],
        ['event array nested 10,000', 'POST', `${ingestUrl}/v1/events`, key, deeplyNestedArray(10_000)],
        ['batch of 50,000', 'POST', `${ingestUrl}/v1/events/batch`, key, wideField('events')],
        ['batch nested 10,000', 'POST', `${ingestUrl}/v1/events/batch`, key, deepField('events')],
        ['complaint 3 MB', 'POST', `${ingestUrl}/v1/complaints`, undefined, tooLarge(3 * 1024 * 1024)],
        ['complaint nested 10,000', 'POST', `${ingestUrl}/v1/complaints`, undefined, deepField('contact')],
        ['login 1 MB', 'POST', `${consoleUrl}/v1/auth/login`, undefined, tooLarge(1024 * 1024)],
        ['login nested 10,000', 'POST', `${consoleUrl}/v1/auth/login`, undefined, deepField('email')],
        ['login array nested 10,000', 'POST', `${consoleUrl}/v1/auth/login`, undefined, deeplyNestedArray(10_000)],
        ['person 1 MB', 'POST', `${consoleUrl}/v1/people`, adminToken, tooLarge(1024 * 1024)],
        ['person nested 10,000', 'POST', `${consoleUrl}/v1/people`, adminToken, deepField('account')],
        ['person wide', 'POST', `${consoleUrl}/v1/people`, adminToken, wideField('name')],
        ['rule-set draft 1 MB (gateway)', 'PUT', `${consoleUrl}/api/risk/v1/rule-sets/draft`, adminToken, tooLarge(1024 * 1024)],
        ['rule-set draft nested 10,000 (gateway)', 'PUT', `${consoleUrl}/api/risk/v1/rule-sets/draft`, adminToken, deepField('ruleSet')],
        ['rule-set draft wide (gateway)', 'PUT', `${consoleUrl}/api/risk/v1/rule-sets/draft`, adminToken, JSON.stringify({ ruleSet: { rules: wideArray(50_000) } })],
        ['case 10 MB (gateway)', 'POST', `${consoleUrl}/api/cases/v1/cases`, adminToken, tooLarge(10 * 1024 * 1024)],
        ['case nested 10,000 (gateway)', 'POST', `${consoleUrl}/api/cases/v1/cases`, adminToken, deepField('summary')],
        ['silence nested 10,000 (gateway)', 'POST', `${consoleUrl}/api/notifier/v1/silences`, adminToken, deepField('reason')],
        ['preferences wide (gateway)', 'PUT', `${consoleUrl}/api/notifier/v1/people/${committeePersonId}/preferences`, adminToken, JSON.stringify({ channelsByLevel: { RED: wideArray(50_000) } })],
      ];
      for (const [what, method, target, token, body] of attempts) {
        const response = await request<ErrorBody>(method, target, { token, rawBody: body });
        expect([what, statusAmong(response.status, [400, 413])]).toEqual([what, 'as expected']);
        expect([what, typeof response.body.error, (response.body.message ?? '').length > 0]).toEqual([what, 'string', true]);
      }
      await expectEveryServiceReady();
    });
  });

  describe("a worker's complaint", () => {
    let topics: TopicMessage[];

    beforeAll(async () => {
      const enterprise = await expectStatus<{ profile: { registeredCode: string } }>(200, asAdmin('GET', 'console', `/v1/enterprises/${directory.enterpriseA}`));
      const receipt = await request<{ trackingCode: string }>('POST', url('ingest-api', '/v1/complaints'), {
        body: {
          enterpriseCode: enterprise.profile.registeredCode,
          category: 'pay',
          channel: 'worker_portal',
          text: `Wages three months late (${suffix}). I am ${complainant.name}, call me on ${complainant.phone} or write to ${complainant.email}.`,
          anonymous: false,
          contact: complainant,
        },
      });
      expect(receipt.status).toBe(202);
      answersToTheEnterprise.push(JSON.stringify(receipt.body));
      trackingCode = receipt.body.trackingCode;
      // Same key, same partition: once this later event is scored, the complaint has been consumed.
      const marker = wagePaymentEvent({ enterpriseId: directory.enterpriseA, headcount: 100, workersUnpaid: 0, daysLate: 0, period: '2025-12' });
      await expectStatus(202, request('POST', url('ingest-api', '/v1/events'), { token: directory.keyA, body: marker }));
      await waitFor('the marker after the complaint to be scored', async () => {
        const scores = await asAdmin<{ items?: { triggerEventId: string }[] }>('GET', 'risk-engine', `/v1/enterprises/${directory.enterpriseA}/scores`);
        return scores.body.items?.some((score) => score.triggerEventId === marker.id);
      });
      await waitFor('the three webhooks (installation, region, robot)', () => system.webhook.received.length >= 3);
      topics = await readEveryTopic({ ...testKafkaEnv(), KAFKA_TOPIC_PREFIX: String(system.env.KAFKA_TOPIC_PREFIX) });
    });

    const leaksIn = (text: string) => Object.values(complainant).filter((value) => text.toLowerCase().includes(value.toLowerCase()));

    it('reaches Kafka only as a pseudonym, with the contact masked in its text', () => {
      const complaint = topics.find((message) => message.value.includes(`late (${suffix})`));
      expect(complaint).toBeDefined();
      const data = (JSON.parse(complaint?.value ?? '{}') as { data: { text: string; complainantPseudonym?: string } }).data;
      expect(data.text).toContain('[redacted]');
      expect(data.complainantPseudonym).toEqual(expect.any(String));
      expect(topics.filter((message) => leaksIn(`${message.key ?? ''}\n${message.value}\n${message.headers}`).length > 0)).toEqual([]);
    });

    it('appears in no answer to the enterprise key or the committee member of that enterprise', async () => {
      const { enterpriseA } = directory;
      const caseIds = (await asAdmin<{ items: { id: string }[] }>('GET', 'case-service', `/v1/cases?enterpriseId=${enterpriseA}`)).body.items.map((c) => c.id);
      const threadIds = (await asAdmin<{ items: { id: string }[] }>('GET', 'notifier', `/v1/threads?enterpriseId=${enterpriseA}`)).body.items.map((t) => t.id);
      const committeeReads: [ServiceName, string][] = [
        ['console', '/v1/me'],
        ['console', '/v1/regions'],
        ['console', '/v1/enterprises'],
        ['console', `/v1/enterprises/${enterpriseA}`],
        ['console', `/v1/enterprises/${enterpriseA}/risk`],
        ['console', '/v1/alerts'],
        ['console', '/v1/cases'],
        ['console', `/v1/people/${committeePersonId}/notifications`],
        ...(['risk', 'forecast', 'scores'] as const).map((part): [ServiceName, string] => ['risk-engine', `/v1/enterprises/${enterpriseA}/${part}`]),
        ['risk-engine', '/v1/alerts'],
        ['risk-engine', '/v1/board'],
        ['notifier', '/v1/threads'],
        ...threadIds.map((id): [ServiceName, string] => ['notifier', `/v1/threads/${id}`]),
        ['notifier', `/v1/people/${committeePersonId}/notifications`],
        ['notifier', `/v1/people/${committeePersonId}/case-notices`],
        ['case-service', '/v1/cases'],
        ...caseIds.flatMap((id): [ServiceName, string][] => [['case-service', `/v1/cases/${id}`], ['console', `/v1/cases/${id}`]]),
      ];
      for (const [service, path] of committeeReads) {
        const response = await request('GET', url(service, path), { token: committeeToken });
        expect([service, path, response.status]).toEqual([service, path, 200]);
        answersToTheEnterprise.push(JSON.stringify(response.body));
      }
      for (const path of ['/v1/csv/templates/concord.hr.complaint.v1', '/v1/contracts/json-schema', `/v1/complaints/${trackingCode}`, '/docs-json']) {
        const response = await request('GET', url('ingest-api', path), { token: directory.keyA });
        expect([path, response.status]).toEqual([path, 200]);
        answersToTheEnterprise.push(typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
      }
      expect(answersToTheEnterprise.flatMap(leaksIn)).toEqual([]);
      expect(system.webhook.received.flatMap((delivery) => leaksIn(delivery.body))).toEqual([]);
    });

    it('appears in no log line of any service', () => {
      // The complaint was logged (by id only): the logs are really captured at this level.
      expect(system.processes.find((p) => p.name === 'ingest-api')?.output()).toContain('Complaint received');
      expect(system.processes.map((p) => [p.name, leaksIn(p.output())])).toEqual(system.processes.map((p) => [p.name, []]));
    });
  });

  describe('webhooks', () => {
    it('carry a signature receivers verify with their secret; another body, secret or an old timestamp fails', () => {
      const now = Math.floor(Date.now() / 1000);
      const secrets = [system.webhookSecret, regionWebhookSecret, robotWebhookSecret];
      const deliveries = system.webhook.received.filter((delivery) => delivery.method === 'POST');
      expect(deliveries.length).toBeGreaterThanOrEqual(3);
      for (const delivery of deliveries) {
        const signature = String(delivery.headers['x-concord-signature']);
        const signedAt = Number(/t=(\d+)/.exec(signature)?.[1]);
        const verifiedBy = secrets.filter((secret) => verifyWebhookSignature(secret, signature, delivery.body, 300, now));
        expect(verifiedBy).toHaveLength(1);
        const [secret] = verifiedBy;
        expect(verifyWebhookSignature(secret, signature, delivery.body.replace('{', '{"forged":true,'), 300, now)).toBe(false);
        expect(verifyWebhookSignature(secret, signature, `${delivery.body} `, 300, now)).toBe(false);
        expect(verifyWebhookSignature('a-guessed-secret-of-enough-length', signature, delivery.body, 300, now)).toBe(false);
        // Replayed later than the receiver's tolerance: refused, though the signature itself is genuine.
        expect(verifyWebhookSignature(secret, signature, delivery.body, 300, signedAt + 301)).toBe(false);
        expect(verifyWebhookSignature(secret, signature, delivery.body, 300, signedAt + 299)).toBe(true);
      }
      // The installation-wide endpoint and both of the region's signed what they sent, each with its own secret.
      expect(new Set(deliveries.map((d) => secrets.find((s) => verifyWebhookSignature(s, String(d.headers['x-concord-signature']), d.body, 300, now))))).toEqual(new Set(secrets));
    });
  });

  describe('secrets', () => {
    it('appear in no log line of any service after logins, events, a complaint, webhooks and credentials in URLs', async () => {
      const correlationId = randomUUID();
      const headers = { 'x-correlation-id': correlationId };
      // The live-stream style: the token in the query string, which the gateway must take out of the URL before the request log.
      await expectStatus(200, request('GET', url('console', `/api/risk/v1/board?access_token=${encodeURIComponent(adminToken)}`), { headers }));
      // A chat member opens the robot's signed acknowledge link: whoever reads it may acknowledge the alert.
      const robotMessage = system.webhook.received.find((delivery) => delivery.url.endsWith('/robot'))?.body ?? '';
      const ackToken = /\/v1\/ack\/([\w.-]+)/.exec(robotMessage)?.[1] ?? 'no acknowledge link in the robot message';
      await expectStatus(200, request('GET', url('notifier', `/v1/ack/${ackToken}`), { headers }));
      // Request lines are written once the answer is sent and reach the pipe a little later (the console's gateway logs none of its own).
      for (const service of ['risk-engine', 'notifier']) {
        await waitFor(`${service} to log the last request`, () => system.processes.find((p) => p.name === service)?.output().includes(correlationId));
      }
      const secrets: Record<string, string> = {
        JWT_SECRET: String(system.env.JWT_SECRET),
        ADMIN_PASSWORD: system.admin.password,
        WEBHOOK_SECRET: system.webhookSecret,
        ACK_LINK_SECRET: String(system.env.ACK_LINK_SECRET),
        COMPLAINT_IDENTITY_KEY: String(system.env.COMPLAINT_IDENTITY_KEY),
        COMPLAINT_PSEUDONYM_KEY: String(system.env.COMPLAINT_PSEUDONYM_KEY),
        'region webhook secret': regionWebhookSecret,
        'robot webhook secret': robotWebhookSecret,
        'signed acknowledge link': ackToken,
        // The worker's receipt: it lets whoever holds it follow the complaint.
        'complaint tracking code': trackingCode,
        'staff password': staffPassword,
        'API key of A': directory.keyA,
        'API key of B': directory.keyB,
        'admin session token': adminToken,
        'committee session token': committeeToken,
      };
      const logs = system.processes.map((p) => [p.name, p.output()] as const);
      // Every service logged its requests (LOG_LEVEL is debug here): the check reads full logs, not empty ones.
      expect(logs.filter(([, output]) => !output.includes('request completed')).map(([service]) => service)).toEqual([]);
      const leaks = logs.flatMap(([service, output]) => Object.entries(secrets).filter(([, secret]) => output.includes(secret)).map(([name]) => `${name} in ${service}`));
      expect(leaks).toEqual([]);
    });
  });

  describe('a disabled staff account', () => {
    it('can no longer log in, and its session ends on every service within seconds, not when its token expires', async () => {
      // What the committee member could read a moment ago, on each service that serves staff.
      const reads: [ServiceName, string][] = [
        ['console', '/v1/me'],
        ['risk-engine', `/v1/enterprises/${directory.enterpriseA}/risk`],
        ['notifier', '/v1/threads'],
        ['console', `/v1/enterprises/${directory.enterpriseA}`],
      ];
      for (const [service, path] of reads) expect([service, path, (await request('GET', url(service, path), { token: committeeToken })).status]).toEqual([service, path, 200]);
      const adminPersonId = (JSON.parse(Buffer.from(adminToken.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
      const own = await asAdmin<ErrorBody>('PUT', 'console', `/v1/people/${adminPersonId}/account/status`, { disabled: true });
      expect([own.status, own.body.message]).toEqual([409, 'You cannot disable your own account; ask another administrator']);
      const disabled = await expectStatus<{ account: { disabled: boolean } }>(200, asAdmin('PUT', 'console', `/v1/people/${committeePersonId}/account/status`, { disabled: true }));
      expect(disabled.account.disabled).toBe(true);
      const login = await request<ErrorBody>('POST', url('console', '/v1/auth/login'), { body: { email: 'qian@concord.test', password: staffPassword } });
      expect([login.status, login.body.message]).toEqual([401, 'Email or password is incorrect']);
      // Each service remembers an account's standing for at most 5 s.
      for (const [service, path] of reads) {
        const refused = await waitFor(`${service} ${path} to refuse the disabled account`, async () => {
          const response = await request<ErrorBody>('GET', url(service, path), { token: committeeToken });
          return response.status === 401 ? response : undefined;
        }, { timeoutMs: 10_000, intervalMs: 250 });
        expect(JSON.stringify(refused.body)).toMatch(/disabled/);
      }
    });
  });
});
