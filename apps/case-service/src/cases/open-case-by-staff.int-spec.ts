import { createHash, randomUUID } from 'node:crypto';
import { Controller, type INestApplication, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  createTestDatabase,
  deleteRedisKeys,
  httpBaseUrl,
  installDirectoryFixture,
  serviceTestEnv,
  type TestDatabase,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';
import { loadCaseServiceConfig } from '../case-service.config';
import { CASE_SERVICE_BODY_LIMIT, CaseServiceModule, SERVICE_NAME } from '../case-service.module';
import { casesDatabaseOptions } from '../cases-database';
import type { CaseDocumentView } from './use-cases/add-case-document.use-case';
import type { CaseNoteView } from './use-cases/add-case-note.use-case';
import type { CaseView } from './use-cases/get-case.use-case';
import type { CaseSummaryView } from './use-cases/list-cases.use-case';
import type { OpenedByStaff } from './use-cases/open-case-by-staff.use-case';

type CaseEvent = TopicEvent<'case.events'>;

const published: CaseEvent[] = [];
@Controller()
class CaseEventsCollector {
  @EventPattern(TOPICS.caseEvents)
  collect(@Payload() event: CaseEvent): void {
    published.push(event);
  }
}
@Module({ controllers: [CaseEventsCollector] })
class CollectorModule {}

const region = { county: randomUUID(), street: randomUUID(), community: randomUUID() };
const enterprise = { harbour: randomUUID(), mill: randomUUID() };
const mediator = { best: randomUUID(), other: randomUUID() };

describe('case-service: staff open a case by hand, with notes and documents (integration)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let collector: INestMicroservice;
  let baseUrl: string;
  let staffId: string;
  let token: string;
  let mediatorToken: string;
  const redis = testRedisEnv(uniqueName('cases-manual'));

  const post = (path: string, body: unknown, options: { bearer?: string; key?: string } = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${options.bearer ?? token}`,
        'content-type': 'application/json',
        ...(options.key ? { 'idempotency-key': options.key } : {}),
      },
      body: JSON.stringify(body),
    });
  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  const complaint = (extra: object = {}) => ({
    enterpriseId: enterprise.harbour,
    category: 'pay',
    workerCount: 1,
    commonClaim: false,
    summary: 'Overtime unpaid since March',
    sourceComplaintId: 'hotline-2026-0042',
    ...extra,
  });
  const problemsOf = async (response: Response) => ((await response.json()) as { problems?: { path: string }[] }).problems?.map((p) => p.path);

  beforeAll(async () => {
    db = await createTestDatabase('concord_cases_manual');
    await seedDirectory(db.url);
    await migrateServiceSchema(casesDatabaseOptions(db.url), 'up');
    const kafka = testKafkaEnv(uniqueName('cases-manual'));
    const config = loadCaseServiceConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis }));
    app = await startService({
      rootModule: CaseServiceModule.forRoot(config),
      port: 0,
      bodyLimit: CASE_SERVICE_BODY_LIMIT,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('cases-manual') }),
    });
    baseUrl = httpBaseUrl(app);
    staffId = randomUUID();
    token = await app.get(JwtService).signAsync({ sub: staffId, roles: ['admin'], regionId: null, enterpriseId: null });
    mediatorToken = await app.get(JwtService).signAsync({ sub: mediator.best, roles: ['mediator'], regionId: region.street, enterpriseId: null });
    collector = await NestFactory.createMicroservice(CollectorModule, {
      strategy: new KafkaConsumerServer({ kafka, clientId: 'case-events-collector', groupId: uniqueName('collector') }),
      logger: false,
    });
    await collector.listen();
  });

  afterAll(async () => {
    await collector?.close();
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(redis.REDIS_URL, redis.REDIS_KEY_PREFIX);
  });

  let caseId: string;

  it('opens a case from a complaint, assigned to the best eligible mediator with a readable reason, and announces it', async () => {
    const response = await post('/v1/cases', complaint());
    expect(response.status).toBe(201);
    const opened = (await response.json()) as OpenedByStaff;
    caseId = opened.caseId;
    expect(opened).toMatchObject({ stage: 'assigned', collective: false, mediatorIds: [mediator.best], replayed: false });
    expect(opened.assignment?.summary).toMatch(new RegExp(`^Assigned mediator ${mediator.best} \\(score [\\d.]+\\) to a pay case at level YELLOW`));

    const detail = await get<CaseView>(`/v1/cases/${caseId}`);
    expect(detail).toMatchObject({ alertId: null, openedBy: staffId, summary: 'Overtime unpaid since March', sourceComplaintId: 'hotline-2026-0042', status: 'assigned' });
    expect(detail.transitions.map((t) => [t.fromStatus, t.toStatus, t.command, t.actor])).toEqual([
      [null, 'intake', null, staffId],
      ['intake', 'triage', 'triage', staffId],
      ['triage', 'assigned', 'assign', staffId],
    ]);
    expect(detail.transitions[0].note).toBe('opened by staff from complaint hotline-2026-0042: Overtime unpaid since March');

    const events = await waitFor('case.opened and case.mediator_assigned on case.events', () => {
      const found = published.filter((e) => e.data.caseId === caseId);
      return found.length >= 2 ? found : undefined;
    });
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['concord.case.opened.v1', enterprise.harbour],
      ['concord.case.mediator_assigned.v1', enterprise.harbour],
    ]);
    expect(events[0].data).toMatchObject({ alertId: null, level: 'YELLOW', collective: false });
  });

  it('seats the mediator the parties chose when eligible, and triages ten workers with a common claim as collective', async () => {
    const chosen = (await (await post('/v1/cases', complaint({ chosenMediatorIds: [mediator.other] }))).json()) as OpenedByStaff;
    expect(chosen).toMatchObject({ stage: 'assigned', mediatorIds: [mediator.other] });
    expect(chosen.assignment?.partyChoice).toEqual([{ mediatorId: mediator.other, seated: true, note: 'seated' }]);
    expect(chosen.assignment?.summary).toContain(`Chosen by the parties: ${mediator.other} seated.`);

    // Two street mediators cannot make a panel of three: the collective case waits in triage, with the reason.
    const collective = (await (await post('/v1/cases', complaint({ workerCount: 12, commonClaim: true }))).json()) as OpenedByStaff;
    expect(collective).toMatchObject({ stage: 'triage', collective: true, mediatorIds: [] });
    expect(collective.assignment?.summary).toMatch(/^Cannot form a panel of 3 for a collective pay case/);
  });

  it('opens one case for a retried POST with the same Idempotency-Key, even when the retries race', async () => {
    const key = randomUUID();
    const body = complaint({ enterpriseId: enterprise.mill });
    const answers = await Promise.all([post('/v1/cases', body, { key }), post('/v1/cases', body, { key })]);
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    const [first, second] = (await Promise.all(answers.map((r) => r.json()))) as OpenedByStaff[];
    expect(second.caseId).toBe(first.caseId);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    const again = (await (await post('/v1/cases', body, { key })).json()) as OpenedByStaff;
    expect(again).toMatchObject({ caseId: first.caseId, replayed: true, stage: first.stage, mediatorIds: first.mediatorIds });

    const { items } = await get<{ items: CaseSummaryView[] }>(`/v1/cases?enterpriseId=${enterprise.mill}`);
    expect(items).toHaveLength(1);
    const reused = await post('/v1/cases', complaint(), { key });
    expect(reused.status).toBe(409);
    expect(await problemsOf(reused)).toEqual(['Idempotency-Key']);
  });

  it('answers 400 with the field path for a bad body, 404 for an unknown enterprise, 403 for a mediator', async () => {
    const bad = await post('/v1/cases', complaint({ workerCount: 0, category: 'bored', chosenMediatorIds: ['x'], summary: 'x'.repeat(2001) }));
    expect(bad.status).toBe(400);
    expect((await problemsOf(bad))?.sort()).toEqual(['category', 'chosenMediatorIds[0]', 'summary', 'workerCount']);
    expect(await problemsOf(await post('/v1/cases', complaint({ chosenMediatorIds: [randomUUID(), randomUUID(), randomUUID(), randomUUID()] })))).toEqual(['chosenMediatorIds']);

    const unknown = await post('/v1/cases', complaint({ enterpriseId: randomUUID() }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/^No enterprise .* in the directory$/);
    expect((await post('/v1/cases', complaint(), { bearer: mediatorToken })).status).toBe(403);
  });

  it('stores notes and a document with who and when, and gives the document back byte for byte', async () => {
    const before = Date.now();
    const noteResponse = await post(`/v1/cases/${caseId}/notes`, { body: 'Met the workers’ representative.' });
    expect(noteResponse.status).toBe(201);
    const note = (await noteResponse.json()) as CaseNoteView;
    // The case's own mediator may write too.
    expect((await post(`/v1/cases/${caseId}/notes`, { body: 'Accepted by phone.' }, { bearer: mediatorToken })).status).toBe(201);

    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x10, 0x80]);
    const docResponse = await post(`/v1/cases/${caseId}/documents`, { fileName: 'payslips März.pdf', mediaType: 'application/pdf', content: bytes.toString('base64') });
    expect(docResponse.status).toBe(201);
    const document = (await docResponse.json()) as CaseDocumentView;
    expect(document).toMatchObject({ uploadedBy: staffId, fileName: 'payslips März.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });

    const detail = await get<CaseView>(`/v1/cases/${caseId}`);
    expect(detail.notes.map((n) => [n.author, n.body])).toEqual([
      [staffId, 'Met the workers’ representative.'],
      [mediator.best, 'Accepted by phone.'],
    ]);
    expect(detail.notes[0].id).toBe(note.id);
    expect(new Date(detail.notes[0].createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(detail.documents).toEqual([expect.objectContaining({ id: document.id, uploadedBy: staffId, sizeBytes: bytes.length, sha256: document.sha256 })]);
    expect(detail.documents[0]).not.toHaveProperty('content');

    const file = await fetch(`${baseUrl}/v1/cases/${caseId}/documents/${document.id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(bytes);
    expect((await fetch(`${baseUrl}/v1/cases/${caseId}/documents/${randomUUID()}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
  });

  it('refuses an oversize document with 413 on content, a bad one with 400 and its path, and writers who are not on the case', async () => {
    const oversize = await post(`/v1/cases/${caseId}/documents`, { fileName: 'scan.png', mediaType: 'image/png', content: Buffer.alloc(5 * 1024 * 1024 + 1, 7).toString('base64') });
    expect(oversize.status).toBe(413);
    const body = (await oversize.json()) as { error: string; message: string; problems: { path: string }[] };
    expect(body).toMatchObject({ error: 'payload_too_large', problems: [{ path: 'content' }] });
    expect(body.message).toMatch(/limit is 5242880 bytes/);

    const bad = await post(`/v1/cases/${caseId}/documents`, { fileName: '../etc/passwd', mediaType: 'application/x-msdownload', content: 'not base64!' });
    expect(bad.status).toBe(400);
    expect((await problemsOf(bad))?.sort()).toEqual(['content', 'fileName', 'mediaType']);
    expect(await problemsOf(await post(`/v1/cases/${caseId}/notes`, { body: 'x'.repeat(4001) }))).toEqual(['body']);

    const stranger = await app.get(JwtService).signAsync({ sub: mediator.other, roles: ['mediator'], regionId: null, enterpriseId: null });
    expect((await post(`/v1/cases/${caseId}/notes`, { body: 'not my case' }, { bearer: stranger })).status).toBe(403);
    expect((await post(`/v1/cases/${randomUUID()}/notes`, { body: 'nobody’s case' })).status).toBe(404);
    expect((await get<CaseView>(`/v1/cases/${caseId}`)).documents).toHaveLength(1);
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      for (const [id, name] of [
        [enterprise.harbour, 'Harbour Textiles'],
        [enterprise.mill, 'River Mill'],
      ]) {
        await client.query(
          `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
           VALUES ($1, $2, $3, $4, $5, 'manufacturing', 300, $6)`,
          [id, name, `code-${id}`, region.community, [region.county, region.street, region.community], randomUUID()],
        );
      }
      const roster: [string, string[], string[], string[]][] = [
        // id, tiers, regions, expertise
        [mediator.best, ['street'], [region.street], ['pay']],
        [mediator.other, ['street'], [region.county], ['contracts']],
      ];
      for (const [id, tiers, regions, expertise] of roster) {
        await client.query(
          `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids)
           VALUES ($1, $2, $3, $4, '{zh-CN}', $5, '{}', 10, '{}')`,
          [id, `Mediator ${id.slice(0, 4)}`, tiers, regions, expertise],
        );
      }
    } finally {
      await client.end();
    }
  }
});
