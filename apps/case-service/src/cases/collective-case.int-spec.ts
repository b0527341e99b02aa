import { randomUUID } from 'node:crypto';
import { Controller, type INestApplication, type INestMicroservice, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { EventPattern, Payload } from '@nestjs/microservices';
import { type FiredRuleV1, type RiskAlertV1, TOPICS, type TopicEvent } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { EventPublisher, KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import {
  COLLECTIVE_INCIDENT_RULE,
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

/** Wage arrears weigh most, so the case is a `pay` case; the stoppage trigger makes it collective. */
const WAGE_ARREARS: FiredRuleV1 = {
  ruleId: 'W3',
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points: 15,
  floor: 'ORANGE',
  values: { workersOwed: 120, daysLate: 35 },
  thresholds: { workers: 10, days: 30 },
  evidenceEventIds: ['wage-run-1'],
  legalBasis: 'Labour Law Art. 50',
  summary: '120 workers owed wages for 35 days',
};

const region = { county: randomUUID(), street: randomUUID(), community: randomUUID() };
const enterprise = { id: randomUUID(), group: randomUUID() };
const mediator = {
  /** union; would rank first, but left the enterprise 18 months ago: inside the 2-year window */
  recentEmployee: randomUUID(),
  /** union; left the enterprise 3 years ago: outside the window, and the best union mediator left */
  formerEmployee: randomUUID(),
  /** union too, and ranked above the two below: a panel holds at most one union mediator */
  secondUnion: randomUUID(),
  employers: randomUUID(),
  independent: randomUUID(),
  government: randomUUID(),
};
const affiliationOf: Record<string, string> = {
  [mediator.recentEmployee]: 'union',
  [mediator.formerEmployee]: 'union',
  [mediator.secondUnion]: 'union',
  [mediator.employers]: 'employers',
  [mediator.independent]: 'independent',
  [mediator.government]: 'government',
};

/** 'YYYY-MM-DD' `months` before today (UTC); the window's edges are months away, so the time zone cannot tip it. */
function monthsAgo(months: number): string {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

describe('case-service: a collective case gets a balanced panel of three (integration)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let collector: INestMicroservice;
  let baseUrl: string;
  let token: string;
  const redis = testRedisEnv(uniqueName('collective'));

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
    const kafka = testKafkaEnv(uniqueName('collective'));
    const config = loadCaseServiceConfig(serviceTestEnv({ databaseUrl: db.url, kafka, redis }));
    app = await startService({
      rootModule: CaseServiceModule.forRoot(config),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: config, clientId: SERVICE_NAME, groupId: uniqueName('collective') }),
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

  it('opens one collective case for a RED alert with a stoppage trigger and seats a balanced panel, never the recent employee', async () => {
    const alertId = randomUUID();
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'RED', fired: [WAGE_ARREARS, { ...COLLECTIVE_INCIDENT_RULE }] }));

    const [summary] = await waitFor('the collective case to be opened and assigned', async () => {
      const cases = (await casesOf(enterprise.id)).filter((c) => c.alertId === alertId && c.status === 'assigned');
      return cases.length ? cases : undefined;
    });
    expect((await casesOf(enterprise.id)).filter((c) => c.alertId === alertId)).toHaveLength(1);
    expect(summary).toMatchObject({ level: 'RED', category: 'pay', collective: true });
    // The best panel under the balance rule: one union mediator (the one who left 3 years ago,
    // not the higher-ranked second union mediator), one from employers, one independent.
    const panel = [mediator.formerEmployee, mediator.employers, mediator.independent];
    expect([...summary.mediatorIds].sort()).toEqual([...panel].sort());
    expect(summary.mediatorIds.map((id) => affiliationOf[id]).sort()).toEqual(['employers', 'independent', 'union']);

    const detail = await get<CaseView>(`/v1/cases/${summary.id}`);
    expect(detail.state).toMatchObject({ stage: 'assigned', collective: true, workerCount: 120, tier: 'street' });
    expect(detail.mediators.filter((m) => m.active).map((m) => m.mediatorId).sort()).toEqual([...panel].sort());
    expect(detail.transitions.map((t) => [t.fromStatus, t.toStatus, t.command])).toEqual([
      [null, 'intake', null],
      ['intake', 'triage', 'triage'],
      ['triage', 'assigned', 'assign'],
    ]);
    expect(detail.transitions[1].note).toMatch(/triaged as collective \(120 workers with a common claim, 10 or more\)/);

    // The reason is readable through the API: who sits, with which affiliation, and who was kept off and why.
    const reason = detail.assignment!;
    expect(reason.summary).toMatch(/^Assigned a balanced panel of .+ to a collective pay case at level RED, street tier or above; 1 of 6 mediators excluded \(1 conflict\)\.$/);
    for (const id of panel) expect(reason.summary).toContain(`${id} (${affiliationOf[id]})`);
    expect(reason.excluded).toEqual([{ mediatorId: mediator.recentEmployee, filter: 'conflict' }]);
    expect(reason.ranking.map((r) => r.mediatorId)).not.toContain(mediator.recentEmployee);
    expect(reason.ranking[0].mediatorId).toBe(mediator.formerEmployee);
    expect(detail.transitions[2].note).toBe(reason.summary);

    const events = await waitFor('case.opened and case.mediator_assigned on case.events', () => {
      const found = eventsOfCase(summary.id);
      return found.length >= 2 ? found : undefined;
    });
    expect(events.map((e) => e.type)).toEqual(['concord.case.opened.v1', 'concord.case.mediator_assigned.v1']);
    expect(events[0].data).toMatchObject({ alertId, level: 'RED', collective: true });
    expect(events[1].data).toMatchObject({ reason: reason.summary });
    expect([...(events[1].data as { mediatorIds: string[] }).mediatorIds].sort()).toEqual([...panel].sort());
  });

  it('keeps an ORANGE wage alert without an incident trigger an individual case with one mediator, still never the recent employee', async () => {
    const alertId = randomUUID();
    await publish(syntheticRiskAlert({ enterpriseId: enterprise.id, alertId, level: 'ORANGE', fired: [WAGE_ARREARS] }));

    const [summary] = await waitFor('the individual case to be opened and assigned', async () => {
      const cases = (await casesOf(enterprise.id)).filter((c) => c.alertId === alertId && c.status === 'assigned');
      return cases.length ? cases : undefined;
    });
    expect(summary).toMatchObject({ level: 'ORANGE', collective: false });
    expect(summary.mediatorIds).toHaveLength(1);
    expect(summary.mediatorIds).not.toContain(mediator.recentEmployee);
    const detail = await get<CaseView>(`/v1/cases/${summary.id}`);
    expect(detail.assignment?.excluded).toEqual([{ mediatorId: mediator.recentEmployee, filter: 'conflict' }]);
    const opened = await waitFor('case.opened on case.events', () => eventsOfCase(summary.id).find((e) => e.type === 'concord.case.opened.v1'));
    expect(opened.data).toMatchObject({ collective: false });
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, group_id, liaison_person_id)
         VALUES ($1, 'Harbour Garments', $2, $3, $4, 'manufacturing', 300, $5, $6)`,
        [enterprise.id, `code-${enterprise.id}`, region.community, [region.county, region.street, region.community], enterprise.group, randomUUID()],
      );
      const worked = (to: string) => [{ enterpriseId: enterprise.id, groupId: enterprise.group, from: '2012-03-01', to }];
      const roster: [string, string[], string[], string[], unknown[]][] = [
        // id, regions, expertise, industries, employment history; every one street tier, capacity 5
        [mediator.recentEmployee, [region.community], ['pay'], ['manufacturing'], worked(monthsAgo(18))],
        [mediator.formerEmployee, [region.community], ['pay'], ['manufacturing'], worked(monthsAgo(36))],
        [mediator.secondUnion, [region.street], ['pay'], ['manufacturing'], []],
        [mediator.employers, [region.community], [], ['manufacturing'], []],
        [mediator.independent, [region.county], ['pay'], [], []],
        [mediator.government, [region.street], [], [], []],
      ];
      for (const [id, regions, expertise, industries, history] of roster) {
        await client.query(
          `INSERT INTO directory.fixture_mediators
             (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity, affiliation, employment_history)
           VALUES ($1, $2, '{street}', $3, '{zh-CN}', $4, $5, 5, $6, $7::jsonb)`,
          [id, `Mediator ${id.slice(0, 4)}`, regions, expertise, industries, affiliationOf[id], JSON.stringify(history)],
        );
      }
    } finally {
      await client.end();
    }
  }
});
