import { randomUUID } from 'node:crypto';
import { Controller, type INestApplication, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type RiskAlertV1, TOPICS, type TopicEvent } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { EventPublisher, KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  createTestDatabase,
  deleteRedisKeys,
  httpBaseUrl,
  installDirectoryFixture,
  serviceTestEnv,
  syntheticRiskAlert,
  type TestDatabase,
  testKafkaEnv,
  testRedisEnv,
  uniqueName,
  waitFor,
} from '@concord/testing';
import { Client } from 'pg';
import { loadCaseServiceConfig } from '../case-service.config';
import { CaseServiceModule, SERVICE_NAME } from '../case-service.module';
import { casesDatabaseOptions } from '../cases-database';
import type { CaseView } from './use-cases/get-case.use-case';
import type { CaseSummaryView } from './use-cases/list-cases.use-case';
import { OpenCaseForAlertUseCase } from './use-cases/open-case-for-alert.use-case';

type CaseEvent = TopicEvent<'case.events'>;

/** Collects what the case service publishes on case.events, through a consumer of its own. */
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

const region = { county1: randomUUID(), street1: randomUUID(), community1: randomUUID(), county2: randomUUID(), street2: randomUUID(), community2: randomUUID() };
const enterprise = { harbour: randomUUID() };
/** enterprises of street 2, where only the capacity-1 mediator works */
const racers = [randomUUID(), randomUUID()];
const mediator = {
  /** would rank best for Harbour (county tier, its own community, pay, its industry) but once worked there */
  conflicted: randomUUID(),
  best: randomUUID(),
  other: randomUUID(),
  enterpriseTier: randomUUID(),
  /** the only one covering street 2, with room for one case */
  solo: randomUUID(),
};

describe('case-service: open a case for an alert (integration)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let collector: INestMicroservice;
  let baseUrl: string;
  let token: string;
  const redis = testRedisEnv(uniqueName('cases'));

  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  const casesOf = async (enterpriseId: string) => (await get<{ items: CaseSummaryView[] }>(`/v1/cases?enterpriseId=${enterpriseId}`)).items;
  const publish = (event: RiskAlertV1) => app.get(EventPublisher).publish(TOPICS.riskAlerts, [event]);
  const eventsOfCase = (caseId: string) => published.filter((e) => e.data.caseId === caseId);

  beforeAll(async () => {
    db = await createTestDatabase('concord_cases');
    await seedDirectory(db.url);
    await migrateServiceSchema(casesDatabaseOptions(db.url), 'up');
    const kafka = testKafkaEnv(uniqueName('cases'));
    const config = loadCaseServiceConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis }));
    app = await startService({
      rootModule: CaseServiceModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('cases') }),
    });
    baseUrl = httpBaseUrl(app);
    token = await app.get(JwtService).signAsync({ sub: randomUUID(), roles: ['admin'], regionId: null, enterpriseId: null });
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

  const alertId = randomUUID();

  it('opens one case for an ORANGE alert, assigned to the best mediator without a conflict of interest', async () => {
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.harbour, alertId, level: 'ORANGE' }));

    const [summary] = await waitFor('the case to be opened and assigned', async () => {
      const cases = (await casesOf(enterprise.harbour)).filter((c) => c.alertId === alertId && c.status === 'assigned');
      return cases.length ? cases : undefined;
    });
    expect(summary).toMatchObject({ level: 'ORANGE', category: 'pay', collective: false, mediatorIds: [mediator.best] });

    const detail = await get<CaseView>(`/v1/cases/${summary.id}`);
    expect(detail.mediators).toEqual([expect.objectContaining({ mediatorId: mediator.best, active: true })]);
    expect(detail.assignment).not.toBeNull();
    const reason = detail.assignment!;
    // Exclusions are listed by mediator id, and the ids are random: check the breakdown below instead.
    expect(reason.summary).toMatch(
      new RegExp(`^Assigned mediator ${mediator.best} \\(score [\\d.]+\\) to a pay case at level ORANGE, street tier or above; 3 of 5 mediators excluded`),
    );
    expect(reason.ranking.map((r) => r.mediatorId)).toEqual([mediator.best, mediator.other]);
    expect(reason.ranking[0].parts).toMatchObject({ expertise: 0.35 });
    expect(reason.excluded).toEqual(
      expect.arrayContaining([
        { mediatorId: mediator.conflicted, filter: 'conflict' },
        { mediatorId: mediator.enterpriseTier, filter: 'tier' },
        { mediatorId: mediator.solo, filter: 'jurisdiction' },
      ]),
    );
    // The history is the case-workflow's: opened, triaged, assigned, each with its command.
    expect(detail.transitions.map((t) => [t.fromStatus, t.toStatus, t.command, t.actor])).toEqual([
      [null, 'intake', null, 'system'],
      ['intake', 'triage', 'triage', 'system'],
      ['triage', 'assigned', 'assign', 'system'],
    ]);
    expect(detail.transitions[2].note).toBe(reason.summary);
    expect(detail.state).toMatchObject({ stage: 'assigned', jurisdiction: 'CN', tier: 'street', collective: false, mediatorIds: [mediator.best], acceptedBy: [] });

    const events = await waitFor('case.opened and case.mediator_assigned on case.events', () => {
      const found = eventsOfCase(summary.id);
      return found.length >= 2 ? found : undefined;
    });
    expect(events.map((e) => [e.type, e.id, e.subject])).toEqual([
      ['concord.case.opened.v1', `case:${summary.id}:opened`, enterprise.harbour],
      ['concord.case.mediator_assigned.v1', `case:${summary.id}:assigned`, enterprise.harbour],
    ]);
    expect(events[0].data).toMatchObject({ alertId, level: 'ORANGE', collective: false });
    expect(events[1].data).toMatchObject({ mediatorIds: [mediator.best], reason: reason.summary });
  });

  it('keeps one case per alert when the alert is redelivered or updated', async () => {
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.harbour, alertId, level: 'ORANGE' }));
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.harbour, alertId, level: 'RED', revision: 2 }));
    // Same enterprise, so same partition: once the marker has its case, both were handled before it.
    const marker = randomUUID();
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.harbour, alertId: marker, level: 'ORANGE' }));
    const markerCase = await waitFor('the marker alert to get its case', async () => (await casesOf(enterprise.harbour)).find((c) => c.alertId === marker));
    await waitFor('the marker case’s opening to be published', () => eventsOfCase(markerCase.id).length >= 1);

    const forAlert = (await casesOf(enterprise.harbour)).filter((c) => c.alertId === alertId);
    expect(forAlert).toHaveLength(1);
    expect(forAlert[0].level).toBe('ORANGE');
    expect(eventsOfCase(forAlert[0].id)).toHaveLength(2);
    expect(published.filter((e) => e.type === 'concord.case.opened.v1' && e.data.enterpriseId === enterprise.harbour)).toHaveLength(2);
  });

  it('never gives a mediator more cases than their capacity, even when assignments race', async () => {
    // Forces the worst interleaving instead of hoping for it: a blocker holds the capacity-1
    // mediator's ledger row until both assignments are waiting, so neither can finish first.
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    try {
      await blocker.query(`INSERT INTO cases.mediator_load (mediator_id, open_cases) VALUES ($1, 0) ON CONFLICT DO NOTHING`, [mediator.solo]);
      await blocker.query('BEGIN');
      await blocker.query(`SELECT 1 FROM cases.mediator_load WHERE mediator_id = $1 FOR UPDATE`, [mediator.solo]);
      const useCase = app.get(OpenCaseForAlertUseCase);
      const racing = Promise.all(racers.map((id) => useCase.execute(syntheticRiskAlert({ enterpriseId: id, alertId: randomUUID(), level: 'ORANGE' }))));
      await waitFor('both assignments to wait on the ledger', async () => {
        const [{ waiting }] = (
          await blocker.query<{ waiting: number }>(
            `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          )
        ).rows;
        return waiting === racers.length;
      });
      await blocker.query('COMMIT');
      expect((await racing).sort()).toEqual(['assigned', 'triage']);
    } finally {
      await blocker.end();
    }

    const cases = (await Promise.all(racers.map((id) => casesOf(id)))).flat();
    expect(cases).toHaveLength(racers.length);
    const assigned = cases.filter((c) => c.status === 'assigned');
    expect(assigned).toHaveLength(1);
    expect(assigned[0].mediatorIds).toEqual([mediator.solo]);

    const waiting = await get<CaseView>(`/v1/cases/${cases.find((c) => c.status === 'triage')!.id}`);
    expect(waiting.mediators).toEqual([]);
    expect(waiting.assignment?.excluded).toContainEqual({ mediatorId: mediator.solo, filter: 'capacity' });
    expect(waiting.assignment?.summary).toMatch(/^No eligible mediator for a pay case/);
    expect(waiting.transitions.map((t) => t.toStatus)).toEqual(['intake', 'triage']);
    // A case waiting in triage is still announced.
    await waitFor('the triage case’s opening to be published', () => eventsOfCase(waiting.id).length === 1);
    expect(eventsOfCase(waiting.id)[0].type).toBe('concord.case.opened.v1');
  });

  describe('POST /v1/cases/:id/transitions', () => {
    let caseId: string;
    let mediatorToken: string;
    const transition = (id: string, body: unknown, bearer = mediatorToken) =>
      fetch(`${baseUrl}/v1/cases/${id}/transitions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    beforeAll(async () => {
      caseId = (await casesOf(enterprise.harbour)).find((c) => c.alertId === alertId)!.id;
      mediatorToken = await app.get(JwtService).signAsync({ sub: mediator.best, roles: ['mediator'], regionId: region.street1, enterpriseId: null });
    });

    it('lets the assigned mediator accept the case, storing the new state and who and when', async () => {
      const before = Date.now();
      const response = await transition(caseId, { type: 'accept', mediatorId: mediator.best });
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ caseId, command: 'accept', from: 'assigned', to: 'accepted', actor: mediator.best });

      const detail = await get<CaseView>(`/v1/cases/${caseId}`);
      expect(detail.status).toBe('accepted');
      expect(detail.state).toMatchObject({ stage: 'accepted', mediatorIds: [mediator.best], acceptedBy: [mediator.best] });
      const last = detail.transitions.at(-1)!;
      expect(last).toMatchObject({ fromStatus: 'assigned', toStatus: 'accepted', command: 'accept', actor: mediator.best });
      expect(new Date(last.at).getTime()).toBeGreaterThanOrEqual(before - 1000);

      // The risk engine and the notifier follow the case through case.events.
      const changed = await waitFor('the acceptance on case.events', () => eventsOfCase(caseId).find((e) => e.type === 'concord.case.stage_changed.v1'));
      expect(changed.data).toMatchObject({ caseId, enterpriseId: enterprise.harbour, from: 'assigned', to: 'accepted', command: 'accept', mediatorIds: [mediator.best] });
    });

    it('applies concurrent commands one at a time under the case’s row lock', async () => {
      // As for the ledger: a blocker holds the case row until both commands wait on it, so both
      // read the state only after the other could have written it.
      const blocker = new Client({ connectionString: db.url });
      await blocker.connect();
      let answers: globalThis.Response[];
      try {
        await blocker.query('BEGIN');
        await blocker.query(`SELECT 1 FROM cases.cases WHERE id = $1 FOR UPDATE`, [caseId]);
        const racing = Promise.all([0, 1].map(() => transition(caseId, { type: 'start_mediation' })));
        await waitFor('both commands to wait on the case row', async () => {
          const [{ waiting }] = (
            await blocker.query<{ waiting: number }>(
              `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
            )
          ).rows;
          return waiting === 2;
        });
        await blocker.query('COMMIT');
        answers = await racing;
      } finally {
        await blocker.end();
      }
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      const detail = await get<CaseView>(`/v1/cases/${caseId}`);
      expect(detail.transitions.filter((t) => t.command === 'start_mediation')).toHaveLength(1);
      expect(detail.status).toBe('in_mediation');
    });

    it('refuses an illegal transition with 409, the workflow’s code and a message naming stage and command', async () => {
      const before = await get<CaseView>(`/v1/cases/${caseId}`);
      const response = await transition(caseId, { type: 'close' });
      expect(response.status).toBe(409);
      const body = (await response.json()) as { error: string; message: string; details: object };
      expect(body).toMatchObject({ error: 'conflict', details: { code: 'illegal_transition', stage: 'in_mediation', command: 'close' } });
      expect(body.message).toBe("cannot close a case in stage 'in_mediation' (close); allowed from: failed, arbitration");

      const after = await get<CaseView>(`/v1/cases/${caseId}`);
      expect(after.status).toBe('in_mediation');
      expect(after.transitions).toHaveLength(before.transitions.length);
    });

    it('answers 400 with the field path for a bad body, 403 when a mediator accepts for another, 404 for an unknown case, 401 without a token', async () => {
      const problemsOf = async (response: Response) => {
        expect(response.status).toBe(400);
        return ((await response.json()) as { problems: { path: string }[] }).problems.map((p) => p.path);
      };
      expect(await problemsOf(await transition(caseId, { type: 'accept', mediatorId: 'not-a-uuid' }))).toEqual(['mediatorId']);
      expect(await problemsOf(await transition(caseId, { type: 'monitor_performance', performBy: 'tomorrow' }))).toEqual(['performBy']);
      expect(await problemsOf(await transition(caseId, { type: 'teleport' }))).toEqual(['type']);
      expect(await problemsOf(await transition(caseId, { type: 'fail', reason: 'bored' }))).toEqual(['reason']);
      expect(await problemsOf(await transition('not-a-uuid', { type: 'start_mediation' }))).toEqual(['id']);

      expect((await transition(caseId, { type: 'accept', mediatorId: mediator.other })).status).toBe(403);
      expect((await transition(randomUUID(), { type: 'start_mediation' })).status).toBe(404);
      expect((await transition(caseId, { type: 'start_mediation' }, 'not-a-token')).status).toBe(401);
    });

    it('recuses the mediator at the workers’ request and reassigns through the assigner, moving the load and announcing it', async () => {
      const loads = async () => {
        const client = new Client({ connectionString: db.url });
        await client.connect();
        try {
          const { rows } = await client.query<{ mediator_id: string; open_cases: number }>(`SELECT mediator_id, open_cases FROM cases.mediator_load`);
          return new Map(rows.map((r) => [r.mediator_id, r.open_cases]));
        } finally {
          await client.end();
        }
      };
      const before = await loads();
      // A mediator may recuse only themself; staff record a party's request.
      expect((await transition(caseId, { type: 'recuse', mediatorId: mediator.other, requestedBy: 'mediator' })).status).toBe(403);

      const response = await transition(caseId, { type: 'recuse', mediatorId: mediator.best, requestedBy: 'workers', reason: 'a former colleague of the HR director' }, token);
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ command: 'recuse', from: 'in_mediation', to: 'triage', stage: 'assigned', mediatorIds: [mediator.other] });

      const detail = await get<CaseView>(`/v1/cases/${caseId}`);
      expect(detail.status).toBe('assigned');
      expect(detail.mediators).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ mediatorId: mediator.best, active: false }),
          expect.objectContaining({ mediatorId: mediator.other, active: true }),
        ]),
      );
      expect(detail.state).toMatchObject({ stage: 'assigned', mediatorIds: [mediator.other], acceptedBy: [], excludedMediatorIds: [mediator.best] });
      expect(detail.assignment?.summary).toMatch(new RegExp(`^Assigned mediator ${mediator.other} `));
      expect(detail.transitions.slice(-2).map((t) => [t.fromStatus, t.toStatus, t.command, t.actor === 'system'])).toEqual([
        ['in_mediation', 'triage', 'recuse', false],
        ['triage', 'assigned', 'assign', true],
      ]);
      expect(detail.transitions.at(-2)!.note).toMatch(/recused at the workers’ request \(a former colleague of the HR director\)/);

      const after = await loads();
      expect(after.get(mediator.best)).toBe(before.get(mediator.best)! - 1);
      expect(after.get(mediator.other)).toBe((before.get(mediator.other) ?? 0) + 1);

      const reassigned = await waitFor('the new assignment on case.events', () =>
        eventsOfCase(caseId).find((e) => e.type === 'concord.case.mediator_assigned.v1' && e.id.startsWith(`case:${caseId}:assigned:`)),
      );
      expect(reassigned.data).toMatchObject({ mediatorIds: [mediator.other], reason: detail.assignment!.summary });
    });
  });

  it('answers 400 for a malformed id, 404 for an unknown case and 401 without a token', async () => {
    const auth = { headers: { authorization: `Bearer ${token}` } };
    expect((await fetch(`${baseUrl}/v1/cases/not-a-uuid`, auth)).status).toBe(400);
    expect((await fetch(`${baseUrl}/v1/cases?enterpriseId=nope`, auth)).status).toBe(400);
    expect((await fetch(`${baseUrl}/v1/cases/${randomUUID()}`, auth)).status).toBe(404);
    expect((await fetch(`${baseUrl}/v1/cases`)).status).toBe(401);
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const enterprises: [string, string, string[]][] = [
        [enterprise.harbour, 'Harbour Textiles', [region.county1, region.street1, region.community1]],
        ...racers.map((id, i): [string, string, string[]] => [id, `Street Two Logistics ${i}`, [region.county2, region.street2, region.community2]]),
      ];
      for (const [id, name, path] of enterprises) {
        await client.query(
          `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
           VALUES ($1, $2, $3, $4, $5, 'manufacturing', 300, $6)`,
          [id, name, `code-${id}`, path[2], path, randomUUID()],
        );
      }
      const roster: [string, string[], string[], string[], string[], number, string[]][] = [
        // id, tiers, regions, expertise, industries, capacity, conflicts
        [mediator.conflicted, ['county'], [region.community1], ['pay'], ['manufacturing'], 10, [enterprise.harbour]],
        [mediator.best, ['street'], [region.street1], ['pay'], [], 5, []],
        [mediator.other, ['street'], [region.county1], ['contracts'], ['manufacturing'], 5, []],
        [mediator.enterpriseTier, ['enterprise'], [region.community1], ['pay'], ['manufacturing'], 5, []],
        [mediator.solo, ['street'], [region.street2], ['pay'], [], 1, []],
      ];
      for (const [id, tiers, regions, expertise, industries, capacity, conflicts] of roster) {
        await client.query(
          `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids)
           VALUES ($1, $2, $3, $4, '{zh-CN}', $5, $6, $7, $8)`,
          [id, `Mediator ${id.slice(0, 4)}`, tiers, regions, expertise, industries, capacity, conflicts],
        );
      }
    } finally {
      await client.end();
    }
  }
});
