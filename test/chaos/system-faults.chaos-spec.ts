import { setTimeout as delay } from 'node:timers/promises';
import { waitFor } from '@concord/testing';
import { Client } from 'pg';
import { expectStatus, request } from '../e2e/http-client';
import { type SystemUnderTest, startSystem } from '../e2e/system-under-test';
import { type ChaosDirectory, buildChaosDirectory } from './chaos-directory';
import { type ChaosInfrastructure, startChaosInfrastructure } from './chaos-infrastructure';
import { type ChaosReport, type PhaseWindow, checkChaosRun } from './chaos-checker';
import { EventLoad } from './event-load';
import { FAULTS } from './faults';

/** Sized to fit CI; raise them for a longer soak (`CHAOS_EVENTS_PER_S=100 CHAOS_PHASE_MS=20000 npm run test:chaos`). */
const EVENTS_PER_S = Number(process.env.CHAOS_EVENTS_PER_S ?? 40);
const PHASE_MS = Number(process.env.CHAOS_PHASE_MS ?? 6_000);
/** Enterprises each phase brings into the load (they climb from GREEN while its fault hits). */
const NEW_ENTERPRISES_PER_PHASE = 5;
const PHASES = FAULTS.length + 2;
const DRAIN_TIMEOUT_MS = 180_000;

/**
 * Issue 8's fault suite: the whole system runs as separate processes on a PostgreSQL, a Redis and a
 * Kafka-protocol broker of the suite's own, under a steady load of wage events through the ingest
 * API, while each service in turn is SIGKILLed and restarted, the broker goes down and up, Postgres
 * crashes and restarts, and Redis restarts empty. Afterwards every accepted event must have been
 * scored exactly once, every alert version must have reached its whole audience exactly once per
 * channel, every escalated alert must hold exactly one case, and the timers must still fire.
 */
describe('the whole system under load through every fault (chaos)', () => {
  let infrastructure: ChaosInfrastructure;
  let system: SystemUnderTest;
  let directory: ChaosDirectory;
  let sql: Client;

  beforeAll(async () => {
    infrastructure = await startChaosInfrastructure();
    system = await startSystem({
      env: {
        // Escalations fall due during the run, so their timers live through the faults.
        NOTIFY_ACK_DEADLINE_MS: '5000',
        NOTIFY_SWEEP_MS: '1000',
        NOTIFY_RETRY_BASE_MS: '200',
        CASE_DEADLINE_SWEEP_MS: '1000',
        // A re-evaluation slot every minute, so one falls after Redis restarted empty.
        RISK_REEVALUATION_MINUTES: '1',
        RISK_REEVALUATION_CHECK_MS: '1000',
      },
    });
    const { token } = await expectStatus<{ token: string }>(200, request('POST', `${system.urls.console}/v1/auth/login`, { body: system.admin }));
    directory = await buildChaosDirectory(system.urls.console, token, PHASES * NEW_ENTERPRISES_PER_PHASE);
  }, 180_000);

  afterAll(async () => {
    await sql?.end();
    await system?.stop();
    await infrastructure?.stop();
  });

  it('loses and duplicates nothing through SIGKILLs of every service and restarts of the broker, Postgres and Redis', async () => {
    const load = new EventLoad(system.urls['ingest-api'], directory.enterprises, EVENTS_PER_S);
    const windows: PhaseWindow[] = [];
    const phase = async (name: string, fault: () => Promise<void>) => {
      load.enterPhase(name, NEW_ENTERPRISES_PER_PHASE);
      const startedAt = new Date();
      await fault();
      await delay(PHASE_MS);
      windows.push({ name, startedAt, endedAt: new Date() });
    };
    load.start();
    await phase('steady load', () => Promise.resolve());
    for (const fault of FAULTS) await phase(fault.name, () => fault.inject(system, infrastructure));
    await phase('after the faults', () => Promise.resolve());
    await load.stop();

    sql = new Client({ connectionString: system.env.DATABASE_URL });
    await sql.connect();
    const drainStartedAt = new Date();
    await drain(load.sent.filter((event) => event.accepted).map((event) => event.id));
    const acceptanceTimers = await expectCaseTimersToFire();
    const redisRestart = windows.find((window) => window.name.startsWith('Redis'));
    const reevaluations = await expectReevaluationAfter(redisRestart?.startedAt ?? new Date());
    windows.push({ name: 'draining (no new events)', startedAt: drainStartedAt, endedAt: new Date() });

    const report = await checkChaosRun(sql, load.sent, directory, system.webhook, windows);
    process.stdout.write(formatReport(report));
    process.stdout.write(`chaos: timers fired after the faults: ${report.totals.escalations} escalations, ${acceptanceTimers} case acceptance timers (one per assigned case), ${reevaluations} re-evaluation slot(s) after Redis restarted empty\n`);
    expect(report.problems).toEqual([]);
    expect(report.totals.lost).toBe(0);
    expect(report.totals.duplicated).toBe(0);
    expect(report.totals.accepted).toBe(load.sent.length);
    expect(report.totals.escalations).toBeGreaterThan(0);
    expect(report.totals.cases).toBeGreaterThan(0);
  }, 900_000);

  const count = async (query: string, params: unknown[] = []) => Number((await sql.query<{ n: string }>(query, params)).rows[0].n);

  /** Waits until the system is quiet: every accepted event scored, every outbox published, every delivery done, no escalation overdue. */
  async function drain(acceptedIds: string[]): Promise<void> {
    const quiet = { timeoutMs: DRAIN_TIMEOUT_MS, intervalMs: 500 };
    await waitFor('every accepted event to be scored', async () => (await count(`SELECT count(DISTINCT trigger_event_id) AS n FROM risk.score_history WHERE trigger_event_id = ANY($1)`, [acceptedIds])) === acceptedIds.length, quiet);
    for (const schema of ['risk', 'cases', 'notify']) {
      await waitFor(`${schema}'s outbox to be published`, async () => (await count(`SELECT count(*) AS n FROM ${schema}.outbox WHERE published_at IS NULL`)) === 0, quiet);
    }
    await waitFor('the notifier to take in every alert version', async () =>
      (await count(`SELECT count(*) AS n FROM risk.outbox o WHERE o.topic LIKE '%risk.alerts' AND NOT EXISTS (SELECT 1 FROM notify.inbox i WHERE i.consumer = 'notifier.risk-alerts' AND i.event_id = o.event_id)`)) === 0, quiet);
    await waitFor('the case service to take in every escalated alert version', async () =>
      (await count(
        `SELECT count(*) AS n FROM risk.outbox o WHERE o.topic LIKE '%risk.alerts' AND o.payload->'data'->>'status' = 'open' AND o.payload->'data'->>'level' IN ('ORANGE', 'RED')
            AND NOT EXISTS (SELECT 1 FROM cases.inbox i WHERE i.consumer = 'case-service.risk-alerts' AND i.event_id = o.event_id)`,
      )) === 0, quiet);
    await waitFor('every escalation that fell due to have fired', async () =>
      (await count(`SELECT count(*) AS n FROM notify.threads WHERE status = 'open' AND acknowledged_at IS NULL AND escalate_at < now() - interval '3 seconds'`)) === 0, quiet);
    await waitFor('every delivery to be done', async () => (await count(`SELECT count(*) AS n FROM notify.deliveries WHERE status = 'pending'`)) === 0, quiet);
  }

  /** As if every assigned case's acceptance period had passed: each acceptance timer fires once and reassigns its case. */
  async function expectCaseTimersToFire(): Promise<number> {
    const lapsed = await sql.query(`UPDATE cases.cases SET state = jsonb_set(state, '{assignedAt}', to_jsonb('2026-01-05T01:00:00.000Z'::text)) WHERE status = 'assigned'`);
    const assigned = lapsed.rowCount ?? 0;
    await waitFor('every lapsed acceptance to fire', async () => (await count(`SELECT count(*) AS n FROM cases.case_timer_firings WHERE kind = 'acceptance_overdue'`)) >= assigned, {
      timeoutMs: DRAIN_TIMEOUT_MS,
      intervalMs: 500,
    });
    expect(await count(`SELECT count(*) AS n FROM cases.case_timer_firings WHERE kind = 'acceptance_overdue'`)).toBe(assigned);
    expect(await count(`SELECT count(*) AS n FROM cases.case_transitions WHERE command = 'reassign'`)).toBe(assigned);
    return assigned;
  }

  /** The re-evaluation chain lives in Redis: a slot must still run after Redis restarted empty. */
  async function expectReevaluationAfter(redisRestartedAt: Date): Promise<number> {
    const slotsSince = () =>
      count(`SELECT count(DISTINCT trigger_event_id) AS n FROM risk.score_history WHERE trigger_event_id LIKE 're-evaluation:%' AND scored_at > $1`, [redisRestartedAt]);
    await waitFor('a re-evaluation slot to run after Redis restarted empty', async () => (await slotsSince()) > 0, { timeoutMs: 120_000, intervalMs: 1_000 });
    return slotsSince();
  }
});

function formatReport(report: ChaosReport): string {
  const lines = report.phases.map(
    (p) => `  ${p.phase.padEnd(30)} accepted=${p.accepted} retried=${p.retried} scored=${p.scored} slowest_score_ms=${p.slowestScoreMs} notified=${p.notified} lost=${p.lost} duplicated=${p.duplicated}`,
  );
  const t = report.totals;
  return [
    'chaos: per phase',
    ...lines,
    `chaos: accepted=${t.accepted} scored=${t.scored} alerted=${t.alerted} notified=${t.notified} webhooks=${t.webhooks} cases=${t.cases} escalations=${t.escalations} lost=${t.lost} duplicated=${t.duplicated}`,
    ...report.problems.map((problem) => `chaos: PROBLEM ${problem}`),
    '',
  ].join('\n');
}
