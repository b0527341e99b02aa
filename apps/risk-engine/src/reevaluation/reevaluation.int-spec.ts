import { randomUUID } from 'node:crypto';
import { QUEUES } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import { waitFor, wagePaymentEvent } from '@concord/testing';
import { type RiskEngineTestApp, startRiskEngineTestApp } from '../../test/risk-engine-test-app';
import { ReevaluateRiskProcessor } from './reevaluate-risk.processor';
import { slotAtOrAfter, slotJobId } from './reevaluation-slots';

/** Time moves risk (issue 4): a scheduled run re-assesses as of its slot's day and books the next slot. */
describe('scheduled re-evaluation (integration)', () => {
  const enterpriseId = randomUUID();
  let engine: RiskEngineTestApp;

  beforeAll(async () => {
    engine = await startRiskEngineTestApp('risk_reeval_t', { RISK_REEVALUATION_MINUTES: '1440', RISK_REEVALUATION_CHECK_MS: '300' });
    // Due 2026-10-15, still unpaid on 2026-10-20: 5 days late, W1 +10, GREEN.
    await engine.score(wagePaymentEvent({ enterpriseId, headcount: 60, workersUnpaid: 4, daysLate: 5 }, new Date('2026-10-20T02:00:00Z')));
  });

  afterAll(async () => {
    await engine?.close();
  });

  const pendingJob = (slot: Date) => engine.app.get(JobQueue).queue(QUEUES.riskReevaluation).getJob(slotJobId(slot));

  it('books the current slot at boot as a delayed job with the slot as its id', async () => {
    const slot = slotAtOrAfter(new Date(), 1440);
    const job = await pendingJob(slot);
    expect(job?.data).toMatchObject({ slot: slot.toISOString() });
    expect(await job?.isDelayed()).toBe(true);
  });

  it('books the coming slot again when Redis lost it (a restart that kept nothing), without restarting', async () => {
    const slot = slotAtOrAfter(new Date(), 1440);
    const booked = await pendingJob(slot);
    const removedAt = Date.now();
    await booked?.remove();
    // The check runs every 300 ms, so the slot may be booked again before this looks: a job added since the removal.
    const rebooked = await waitFor('the slot to be booked again', async () => {
      const job = await pendingJob(slot);
      return job && job.timestamp >= removedAt ? job : undefined;
    }, { timeoutMs: 10_000, intervalMs: 100 });
    expect(booked?.timestamp).toBeLessThan(removedAt);
    expect(await rebooked.isDelayed()).toBe(true);
  });

  it('re-assesses as of the slot: the same unpaid wages are 35 days late a month later, and books the next slot', async () => {
    const [before] = await engine.dataSource.query<{ level: string }[]>(`SELECT level FROM risk.enterprise_risk WHERE enterprise_id = $1`, [enterpriseId]);
    expect(before.level).toBe('GREEN');

    const slot = new Date('2026-11-19T00:00:00.000Z');
    expect(await engine.app.get(ReevaluateRiskProcessor).reevaluate({ slot: slot.toISOString() })).toBe('done');

    const [after] = await engine.dataSource.query<{ level: string; as_of: Date; fired: { ruleId: string; values: { maxDaysLate: number } }[] }[]>(
      `SELECT level, as_of, fired FROM risk.enterprise_risk WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    expect(after.level).toBe('YELLOW');
    expect(after.as_of.toISOString()).toBe('2026-11-19T00:00:00.000Z');
    expect(after.fired.find((rule) => rule.ruleId === 'W1')?.values.maxDaysLate).toBe(35);
    const [history] = await engine.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM risk.score_history WHERE trigger_event_id = $1`, [`re-evaluation:${slot.toISOString()}`]);
    expect(history.n).toBe(1);
    expect(await pendingJob(new Date('2026-11-20T00:00:00.000Z'))).toBeDefined();
  });
});
