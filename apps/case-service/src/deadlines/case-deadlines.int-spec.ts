import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type CaseState, acceptanceDue, centreHeadWarningAt, mediationDue } from '@concord/case-workflow';
import { QUEUES } from '@concord/contracts';
import { migrateServiceSchema } from '@concord/database';
import { KafkaConsumerServer } from '@concord/kafka';
import { startService } from '@concord/platform';
import { JobQueue } from '@concord/queue';
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
import { caseStateFromJson } from '../cases/case-state.codec';
import type { CaseView } from '../cases/use-cases/get-case.use-case';
import type { CaseSummaryView } from '../cases/use-cases/list-cases.use-case';
import { OpenCaseForAlertUseCase } from '../cases/use-cases/open-case-for-alert.use-case';
import { type CaseClock, caseDeadlineSettingsOf } from './case-deadline.config';
import { CaseDeadlineSweeper } from './case-deadline.sweeper';
import { FireCaseDeadlineUseCase } from './use-cases/fire-case-deadline.use-case';

/**
 * The service's clock, set by the test just before a deadline so the short configured periods
 * (which still end at 24:00 local time) pass in seconds of real time.
 */
class TestClock implements CaseClock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  setTo(at: Date): void {
    this.offsetMs = at.getTime() - Date.now();
  }
  reset(): void {
    this.offsetMs = 0;
  }
}

/** Short periods: acceptance by 24:00 of the assignment day, mediation two days, the centre head warned on day 2. */
const SHORT = { CASE_ACCEPTANCE_WORKING_DAYS: '0', CASE_MEDIATION_DAYS: '2', CASE_CENTRE_HEAD_WARNING_DAY: '2', CASE_DEADLINE_SWEEP_MS: '3600000' };
const SECOND = 1_000;

const region = { county: randomUUID(), street: randomUUID(), community: randomUUID() };
const enterprise = randomUUID();
/** two street mediators who fit the enterprise's pay cases; a county one who is the only choice once a case is escalated */
const mediator = { streetA: randomUUID(), streetB: randomUUID(), county: randomUUID() };
const streetMediators = [mediator.streetA, mediator.streetB];

describe('case-service: deadline timers (integration)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  let token: string;
  const clock = new TestClock();
  const redis = testRedisEnv(uniqueName('case_deadlines'));
  const config = () => loadCaseServiceConfig(serviceTestEnv({ databaseUrl: db.url, kafka: testKafkaEnv(uniqueName('case_deadlines')), redis, extra: SHORT }));
  let options: ReturnType<typeof caseDeadlineSettingsOf>['options'];

  async function get<T>(path: string): Promise<T> {
    const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }
  async function transition(caseId: string, body: unknown): Promise<void> {
    const response = await fetch(`${baseUrl}/v1/cases/${caseId}/transitions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${JSON.stringify(body)} answered ${response.status}: ${await response.text()}`);
  }
  const caseDetail = (id: string) => get<CaseView>(`/v1/cases/${id}`);
  const stateOf = (detail: CaseView): CaseState => caseStateFromJson(detail.state);

  /** Opens a case for a new ORANGE alert through the consumer's use case and returns it once assigned. */
  async function openAssignedCase(): Promise<CaseView> {
    const alertId = randomUUID();
    expect(await app.get(OpenCaseForAlertUseCase).execute(syntheticRiskAlert({ enterpriseId: enterprise, alertId, level: 'ORANGE' }))).toBe('assigned');
    const { items } = await get<{ items: CaseSummaryView[] }>(`/v1/cases?enterpriseId=${enterprise}`);
    const listed = items.find((c) => c.alertId === alertId)!;
    const detail = await caseDetail(listed.id);
    // The list carries each case's state, so a board counts deadlines down without reading every case.
    expect(listed.state).toEqual(detail.state);
    return detail;
  }

  beforeAll(async () => {
    db = await createTestDatabase('concord_case_deadlines');
    await seedDirectory(db.url);
    await migrateServiceSchema(casesDatabaseOptions(db.url), 'up');
    const loaded = config();
    options = caseDeadlineSettingsOf(loaded).options;
    app = await startService({
      rootModule: CaseServiceModule.forRoot(loaded, { clock }),
      port: 0,
      consumer: new KafkaConsumerServer({ kafka: loaded, clientId: SERVICE_NAME, groupId: uniqueName('case_deadlines') }),
    });
    baseUrl = httpBaseUrl(app);
    token = await app.get(JwtService).signAsync({ sub: randomUUID(), roles: ['admin'], regionId: null, enterpriseId: null });
  });

  afterEach(() => clock.reset());

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await deleteRedisKeys(redis.REDIS_URL, redis.REDIS_KEY_PREFIX);
  });

  it('reassigns a case its mediator did not accept in time to another eligible mediator, saying why', async () => {
    // The clock stands 3 s before the acceptance period of a case assigned now ends.
    clock.setTo(new Date(acceptanceDue(new Date(), 'CN', options).at.getTime() - 3 * SECOND));
    const opened = await openAssignedCase();
    const [first] = opened.state.mediatorIds;
    const [other] = streetMediators.filter((id) => id !== first);
    expect(streetMediators).toContain(first);

    const detail = await waitFor('the acceptance timer to reassign the case', async () => {
      const found = await caseDetail(opened.id);
      return found.transitions.some((t) => t.command === 'reassign') ? found : undefined;
    });
    const reassign = detail.transitions.find((t) => t.command === 'reassign')!;
    expect(reassign).toMatchObject({ fromStatus: 'assigned', toStatus: 'assigned', actor: 'system' });
    expect(reassign.note).toMatch(new RegExp(`^reassigned: ${first} replaced by ${other} \\(not accepted by ${first} within 0 working days \\(due .+\\); Assigned mediator ${other} `));
    expect(stateOf(detail)).toMatchObject({ stage: 'assigned', mediatorIds: [other], acceptedBy: [], excludedMediatorIds: [first] });
    expect(detail.mediators).toEqual(
      expect.arrayContaining([expect.objectContaining({ mediatorId: first, active: false }), expect.objectContaining({ mediatorId: other, active: true })]),
    );
    expect(detail.assignment?.summary).toMatch(new RegExp(`^Assigned mediator ${other} `));
  });

  it('escalates a case not concluded within the mediation period to the next tier and seats a mediator there', async () => {
    const opened = await openAssignedCase();
    const [mediatorId] = opened.state.mediatorIds;
    await transition(opened.id, { type: 'accept', mediatorId });
    await transition(opened.id, { type: 'start_mediation' });
    expect(opened.state.tier).toBe('street');
    // Time is compressed on both sides: the service's clock goes to 3 s before the mediation
    // period ends, and the timer it queued (for 24:00 two days on) is brought forward to match.
    const due = mediationDue(stateOf(opened).receivedAt, 0, 'CN', options).at;
    const queue = app.get(JobQueue).queue(QUEUES.caseDeadlines);
    const timer = await waitFor('the mediation timer on the queue', async () =>
      (await queue.getDelayed()).find((job) => {
        const data = job.data as { caseId: string; kind: string; at: string };
        return data.caseId === opened.id && data.kind === 'mediation_overdue' && data.at === due.toISOString();
      }),
    );
    clock.setTo(new Date(due.getTime() - 3 * SECOND));
    await timer.changeDelay(3 * SECOND);

    const detail = await waitFor('the mediation timer to escalate the case', async () => {
      const found = await caseDetail(opened.id);
      return found.transitions.some((t) => t.command === 'escalate') ? found : undefined;
    });
    const from = detail.transitions.findIndex((t) => t.command === 'fail');
    expect(detail.transitions.slice(from, from + 3).map((t) => [t.fromStatus, t.toStatus, t.command, t.actor])).toEqual([
      ['in_mediation', 'failed', 'fail', 'system'],
      ['failed', 'escalated', 'escalate', 'system'],
      ['escalated', 'assigned', 'assign', 'system'],
    ]);
    expect(detail.transitions[from].note).toMatch(/^mediation failed: the mediation period ended without agreement \(due /);
    expect(detail.transitions[from + 1].note).toBe('escalated from the street/township centre to the county federation; its mediation period starts now');
    expect(stateOf(detail)).toMatchObject({ tier: 'county', mediatorIds: [mediator.county] });
    expect(detail.mediators).toEqual(
      expect.arrayContaining([expect.objectContaining({ mediatorId, active: false }), expect.objectContaining({ mediatorId: mediator.county, active: true })]),
    );
  });

  it('fires an overdue timer whose job Redis lost, through the sweeper', async () => {
    const opened = await openAssignedCase();
    const queue = app.get(JobQueue).queue(QUEUES.caseDeadlines);
    const jobs = await waitFor('the case’s timers on the queue', async () => {
      const found = (await queue.getDelayed()).filter((job) => (job.data as { caseId: string }).caseId === opened.id);
      return found.some((job) => (job.data as { kind: string }).kind === 'acceptance_overdue') ? found : undefined;
    });
    for (const job of jobs) await job.remove();

    clock.setTo(new Date(acceptanceDue(stateOf(opened).assignedAt!, 'CN', options).at.getTime() + SECOND));
    expect(await app.get(CaseDeadlineSweeper).sweep()).toBeGreaterThanOrEqual(1);
    const detail = await waitFor('the swept timer to reassign the case', async () => {
      const found = await caseDetail(opened.id);
      return found.transitions.some((t) => t.command === 'reassign') ? found : undefined;
    });
    expect(detail.transitions.filter((t) => t.command === 'reassign')).toHaveLength(1);
    expect(stateOf(detail).excludedMediatorIds).toEqual(opened.state.mediatorIds);
  });

  it('acts once on a timer whose job runs twice at the same time', async () => {
    const opened = await openAssignedCase();
    const warning = centreHeadWarningAt(stateOf(opened).receivedAt, 'CN', options).at;
    clock.setTo(new Date(warning.getTime() + SECOND));
    const fire = app.get(FireCaseDeadlineUseCase);
    const job = { caseId: opened.id, kind: 'centre_head_warning' as const, at: warning.toISOString() };
    const runs = await Promise.all([fire.execute(job), fire.execute(job)]);
    expect(runs.map((r) => (r.done ? r.outcome : r.why)).sort()).toEqual(['already_fired', 'warned_centre_head']);

    const warnings = (await caseDetail(opened.id)).transitions.filter((t) => t.note?.startsWith('centre head warned'));
    expect(warnings).toEqual([expect.objectContaining({ fromStatus: 'assigned', toStatus: 'assigned', command: null, actor: 'system' })]);
    expect(warnings[0].note).toMatch(/^centre head warned: day 2 of the mediation period and no mediation meeting held; the period ends /);
    // A job for an instant the case no longer has (an old acceptance deadline) does nothing.
    expect(await fire.execute({ ...job, kind: 'acceptance_overdue', at: new Date(0).toISOString() })).toEqual({ done: false, why: 'no_longer_due' });
  });

  it('counts the mediation period across the 2025 National Day break, on a fixed clock', async () => {
    // Received Monday 29 September 2025, 10:00 in Shanghai. Two days on is 1 October, inside the
    // break (1–8 October): the period ends with Thursday 9 October, the first working day after it.
    clock.setTo(new Date('2025-09-29T02:00:00Z'));
    const opened = await openAssignedCase();
    expect(mediationDue(stateOf(opened).receivedAt, 0, 'CN', options).at.toISOString()).toBe('2025-10-09T16:00:00.000Z');
    const sweeper = app.get(CaseDeadlineSweeper);
    const escalated = async () => (await caseDetail(opened.id)).transitions.some((t) => t.command === 'escalate');

    // 24:00 on 1 October: only the centre head's day-2 warning is due (every other case's timers lie in 2026).
    clock.setTo(new Date('2025-10-01T16:00:01Z'));
    expect(await sweeper.sweep()).toBe(1);
    await waitFor('the centre head’s warning', async () => (await caseDetail(opened.id)).transitions.some((t) => t.note?.startsWith('centre head warned')));
    clock.setTo(new Date('2025-10-09T15:59:59Z'));
    expect(await sweeper.sweep()).toBe(0);
    expect(await escalated()).toBe(false);

    clock.setTo(new Date('2025-10-09T16:00:01Z'));
    expect(await sweeper.sweep()).toBe(1);
    await waitFor('the mediation timer to escalate the case after the break', escalated);
    expect(stateOf(await caseDetail(opened.id))).toMatchObject({ tier: 'county', mediatorIds: [mediator.county] });
  });

  async function seedDirectory(url: string): Promise<void> {
    await installDirectoryFixture(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, 'Harbour Textiles', $2, $3, $4, 'manufacturing', 300, $5)`,
        [enterprise, `code-${enterprise}`, region.community, [region.county, region.street, region.community], randomUUID()],
      );
      const roster: [string, string[], string[], string[]][] = [
        // id, tiers, regions, expertise
        [mediator.streetA, ['street'], [region.street], ['pay']],
        [mediator.streetB, ['street'], [region.street], ['pay']],
        // Outranked for street cases (no pay expertise, further away), the only one for county ones.
        [mediator.county, ['county'], [region.county], ['contracts']],
      ];
      for (const [id, tiers, regions, expertise] of roster) {
        await client.query(
          `INSERT INTO directory.fixture_mediators (mediator_id, name, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids)
           VALUES ($1, $2, $3, $4, '{zh-CN}', $5, '{}', 50, '{}')`,
          [id, `Mediator ${id.slice(0, 4)}`, tiers, regions, expertise],
        );
      }
    } finally {
      await client.end();
    }
  }
});
