import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { K1_NO_WRITTEN_CONTRACT as K1 } from './k1-no-written-contract.indicator';

const ASOF = '2026-11-20';

function report(day: string, headcountAfter: number, workersWithoutWrittenContract: number | undefined, id?: string) {
  const data = {
    effectiveOn: day,
    headcountBefore: headcountAfter,
    headcountAfter,
    reason: 'hiring' as const,
    ...(workersWithoutWrittenContract === undefined ? {} : { workersWithoutWrittenContract }),
  };
  return recorded('concord.hr.headcount_change.v1', day, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], asOf = ASOF): number {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [K1], ruleSet: { ...DEFAULT_RULE_SET, indicators: { K1: K1.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('K1 workers without a written contract', () => {
  it.each`
    headcount | without | share   | points
    ${100}    | ${4}    | ${0.04} | ${0}
    ${100}    | ${5}    | ${0.05} | ${10}
    ${100}    | ${19}   | ${0.19} | ${10}
    ${100}    | ${20}   | ${0.2}  | ${20}
    ${20}     | ${2}    | ${0.04} | ${0}
    ${20}     | ${3}    | ${0.06} | ${10}
  `('$without of $headcount workers without a contract: share $share, +$points', ({ headcount, without, share, points }) => {
    const events = [report('2026-11-01', headcount as number, without as number)];

    expect(measure(K1, events, ASOF)).toMatchObject({ value: share, unresolved: true, lastEvidenceDay: ASOF });
    expect(scoredPoints(events)).toBe(points);
  });

  it('measures nothing without a report stating it, or while every worker has a contract', () => {
    expect(measure(K1, [], ASOF)).toBeNull();
    expect(measure(K1, [report('2026-11-01', 100, undefined)], ASOF)).toBeNull();
    expect(measure(K1, [report('2026-11-01', 100, 0)], ASOF)).toBeNull();
  });

  it('is not cleared by a report that does not state it', () => {
    expect(measure(K1, [report('2026-10-01', 100, 10), report('2026-11-01', 100, undefined)], ASOF)).toMatchObject({ value: 0.1, unresolved: true });
  });

  it('once cleared, decays from the report that cleared it', () => {
    const events = [report('2026-08-01', 100, 10, 'without'), report('2026-09-21', 100, 0, 'cleared')];

    expect(measure(K1, events, ASOF)).toEqual({
      value: 0.1,
      values: { workersWithoutWrittenContract: 10, workforce: 100, shareWithoutContract: 0.1, reportedOn: '2026-08-01' },
      evidenceEventIds: ['cleared', 'without'],
      lastEvidenceDay: '2026-09-21',
      unresolved: false,
    });
    // 60 days after clearing: weight (180 - 60) / 150.
    expect(scoredPoints(events)).toBe(8);
  });

  it.each`
    clearedOn       | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
  `('counts a cleared breach for lookbackDays (cleared $clearedOn: $measured)', ({ clearedOn, measured }) => {
    expect(measure(K1, [report('2026-04-01', 100, 10), report(clearedOn as string, 100, 0)], ASOF) !== null).toBe(measured);
  });

  it('ignores reports dated after the evaluation day', () => {
    expect(measure(K1, [report('2026-11-21', 100, 10)], ASOF)).toBeNull();
  });
});
