import fc from 'fast-check';
import { HOUR, T0, caseIn } from '../../test/case.fixture';
import { CASE_STAGES } from '../state-machine/case-stage.model';
import type { CaseState } from '../state-machine/case-state.model';
import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from './deadline-options.model';
import { DEADLINE_KINDS, type DeadlineRisk, countDeadlinesAtRisk, deadlinesAtRisk } from './deadlines-at-risk';
import { dueTimers } from './due-timers';

const DAY = 24 * HOUR;
const instantNear = (fromDays: number, toDays: number) => fc.integer({ min: fromDays * 24 * 60, max: toDays * 24 * 60 }).map((minutes) => new Date(T0.getTime() + minutes * 60_000));

/** A case of any stage, with its clocks moved about: received, assigned and to be performed at other instants, and any limitation or none. */
const caseArb: fc.Arbitrary<CaseState> = fc
  .record({
    stage: fc.constantFrom(...CASE_STAGES),
    receivedAt: instantNear(-30, 30),
    assignedAfterHours: fc.integer({ min: 0, max: 200 }),
    performBy: instantNear(0, 90),
    limitationFrom: fc.option(instantNear(-400, 0), { nil: null }),
    extensionDays: fc.constantFrom(0, 0, 15),
    met: fc.boolean(),
  })
  .map(({ stage, receivedAt, assignedAfterHours, performBy, limitationFrom, extensionDays, met }) => ({
    ...caseIn(stage),
    receivedAt,
    assignedAt: stage === 'assigned' ? new Date(receivedAt.getTime() + assignedAfterHours * HOUR) : null,
    performBy: stage === 'performance_monitoring' ? performBy : null,
    limitationFrom,
    extensionDays,
    firstMeetingAt: met ? receivedAt : null,
  }));

const optionsArb: fc.Arbitrary<DeadlineOptions> = fc.record({
  acceptanceWorkingDays: fc.integer({ min: 0, max: 5 }),
  mediationDays: fc.integer({ min: 1, max: 30 }),
  centreHeadWarningDay: fc.integer({ min: 1, max: 30 }),
  limitationWarningDays: fc.integer({ min: 1, max: 60 }),
}).map((periods) => ({ ...DEFAULT_DEADLINE_OPTIONS, ...periods }));

const RANK: Record<DeadlineRisk | 'none', number> = { none: 0, due_soon: 1, overdue: 2 };
const byKind = (state: CaseState, now: Date, options: DeadlineOptions) => {
  const found = new Map(deadlinesAtRisk(state, now, options).map((d) => [d.kind, d.risk]));
  return DEADLINE_KINDS.map((kind) => RANK[found.get(kind) ?? 'none']);
};

describe('deadlinesAtRisk, for any case and any instant', () => {
  it('reports only deadlines the case has a timer for, each once, overdue exactly when its end has passed', () => {
    fc.assert(
      fc.property(caseArb, instantNear(-30, 500), optionsArb, (state, now, options) => {
        const atRisk = deadlinesAtRisk(state, now, options);
        const timerKinds = new Set(dueTimers(state, options).map((t) => t.kind));
        const guardedBy = { acceptance: 'acceptance_overdue', mediation: 'mediation_overdue', performance: 'performance_check', limitation: 'limitation_warning' } as const;
        expect(atRisk.every((d) => timerKinds.has(guardedBy[d.kind]))).toBe(true);
        expect(new Set(atRisk.map((d) => d.kind)).size).toBe(atRisk.length);
        for (const d of atRisk) expect(d.risk === 'overdue').toBe(now >= d.dueAt);
        for (const d of atRisk.filter((x) => x.kind !== 'limitation')) expect(d.dueAt.getTime() - now.getTime()).toBeLessThanOrEqual(DAY);
      }),
    );
  });

  it('only ever gets worse as time passes: never from overdue back to due soon, nor from due soon back to safe', () => {
    fc.assert(
      fc.property(caseArb, instantNear(-30, 500), fc.integer({ min: 0, max: 60 * DAY }), optionsArb, (state, earlier, laterByMs, options) => {
        const before = byKind(state, earlier, options);
        const after = byKind(state, new Date(earlier.getTime() + laterByMs), options);
        before.forEach((rank, i) => expect(after[i]).toBeGreaterThanOrEqual(rank));
      }),
    );
  });

  it('counts every deadline at risk once, whatever the order of the cases', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 12 }), instantNear(-30, 500), (states, now) => {
        const counts = countDeadlinesAtRisk(states, now);
        const total = DEADLINE_KINDS.reduce((sum, kind) => sum + counts[kind].due_soon + counts[kind].overdue, 0);
        expect(total).toBe(states.flatMap((state) => deadlinesAtRisk(state, now)).length);
        expect(countDeadlinesAtRisk([...states].reverse(), now)).toEqual(counts);
      }),
    );
  });
});
