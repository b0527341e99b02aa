import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { TEST_LEGAL, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { K5_DISPATCH_OVER_CAP as K5 } from './k5-dispatch-over-cap.indicator';

const ASOF = '2026-11-20';

function report(day: string, headcountAfter: number, dispatchedWorkers: number | undefined, id?: string) {
  const data = {
    effectiveOn: day,
    headcountBefore: headcountAfter,
    headcountAfter,
    reason: 'hiring' as const,
    ...(dispatchedWorkers === undefined ? {} : { dispatchedWorkers }),
  };
  return recorded('concord.hr.headcount_change.v1', day, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0]): number {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [K5], ruleSet: { ...DEFAULT_RULE_SET, indicators: { K5: K5.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('K5 dispatched workers over the legal share', () => {
  it.each`
    headcount | dispatched | reached  | points
    ${100}    | ${10}      | ${false} | ${0}
    ${100}    | ${11}      | ${true}  | ${10}
    ${20}     | ${2}       | ${false} | ${0}
    ${20}     | ${3}       | ${true}  | ${10}
  `('$dispatched dispatched of $headcount: over the 10 % cap $reached, +$points', ({ headcount, dispatched, reached, points }) => {
    const events = [report('2026-11-01', headcount as number, dispatched as number)];

    expect(measure(K5, events, ASOF)?.value ?? 0).toBe(reached ? 1 : 0);
    expect(scoredPoints(events)).toBe(points);
  });

  it('explains the share against the cap', () => {
    expect(measure(K5, [report('2026-11-01', 120, 18, 'r')], ASOF)).toEqual({
      value: 1,
      values: { dispatchedWorkers: 18, headcount: 120, dispatchedShare: 0.15, maxShare: 0.1, reportedOn: '2026-11-01' },
      evidenceEventIds: ['r'],
      lastEvidenceDay: ASOF,
      unresolved: true,
    });
  });

  it('measures nothing where the jurisdiction has no cap', () => {
    expect(measure(K5, [report('2026-11-01', 100, 50)], ASOF, { legal: { ...TEST_LEGAL, dispatchMaxShare: null } })).toBeNull();
  });

  it('measures nothing without a report stating dispatched workers', () => {
    expect(measure(K5, [], ASOF)).toBeNull();
    expect(measure(K5, [report('2026-11-01', 100, undefined)], ASOF)).toBeNull();
  });

  it('once back under the cap, decays from the report that showed it', () => {
    const events = [report('2026-08-01', 100, 30), report('2026-10-21', 100, 5)];

    expect(measure(K5, events, ASOF)).toMatchObject({ value: 1, unresolved: false, lastEvidenceDay: '2026-10-21' });
    expect(scoredPoints(events)).toBe(10);
  });

  it.each`
    clearedOn       | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
  `('counts a cleared breach for lookbackDays (cleared $clearedOn: $measured)', ({ clearedOn, measured }) => {
    expect(measure(K5, [report('2026-04-01', 100, 30), report(clearedOn as string, 100, 5)], ASOF) !== null).toBe(measured);
  });
});
