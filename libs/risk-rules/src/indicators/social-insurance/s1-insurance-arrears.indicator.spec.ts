import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { S1_INSURANCE_ARREARS as S1 } from './s1-insurance-arrears.indicator';

const ASOF = '2026-11-20';

function report(day: string, period: string, monthsInArrears: number, id?: string) {
  const data = {
    period,
    employedHeadcount: 100,
    insuredHeadcount: 100,
    amountDueMinor: 1_000_000,
    amountPaidMinor: monthsInArrears > 0 ? 0 : 1_000_000,
    currency: 'CNY',
    monthsInArrears,
  };
  return recorded('concord.hr.social_insurance.v1', day, data, id);
}

function scored(events: Parameters<typeof scoreInput>[0], asOf = ASOF) {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [S1], ruleSet: { ...DEFAULT_RULE_SET, indicators: { S1: S1.defaults } } }));
  return { points: score.fired[0]?.points ?? 0, floor: score.fired[0]?.floor ?? null, level: score.level };
}

describe('S1 social insurance arrears', () => {
  it.each`
    months | points | floor       | level
    ${1}   | ${10}  | ${null}     | ${'GREEN'}
    ${2}   | ${20}  | ${null}     | ${'BLUE'}
    ${3}   | ${35}  | ${'YELLOW'} | ${'YELLOW'}
    ${5}   | ${35}  | ${'YELLOW'} | ${'YELLOW'}
    ${6}   | ${35}  | ${'ORANGE'} | ${'ORANGE'}
  `('$months month(s) in arrears on the newest report: +$points, floor $floor', ({ months, points, floor, level }) => {
    const events = [report('2026-11-10', '2026-10', months as number)];

    expect(measure(S1, events, ASOF)).toMatchObject({ value: months, unresolved: true, lastEvidenceDay: ASOF });
    expect(scored(events)).toEqual({ points, floor, level });
  });

  it('measures nothing without reports or without any arrears', () => {
    expect(measure(S1, [], ASOF)).toBeNull();
    expect(measure(S1, [report('2026-10-10', '2026-09', 0), report('2026-11-10', '2026-10', 0)], ASOF)).toBeNull();
  });

  it('reads the newest month, not the worst one', () => {
    const events = [report('2026-10-10', '2026-09', 6), report('2026-11-10', '2026-10', 1)];

    expect(measure(S1, events, ASOF)).toMatchObject({ value: 1, unresolved: true });
  });

  it('takes a later report of the same month over the earlier one', () => {
    const arrears = report('2026-11-05', '2026-10', 3);
    const paid = report('2026-11-12', '2026-10', 0);

    expect(measure(S1, [arrears, paid], ASOF)).toMatchObject({ value: 3, unresolved: false, lastEvidenceDay: '2026-11-12' });
  });

  it('ignores reports dated after the evaluation day', () => {
    expect(measure(S1, [report('2026-11-21', '2026-10', 3)], ASOF)).toBeNull();
  });

  it('once cleared, keeps the last arrears without floor, decaying from the clearing report', () => {
    const events = [report('2026-08-10', '2026-07', 3, 'arrears'), report('2026-09-10', '2026-08', 0, 'cleared')];
    const asOf = '2026-10-20'; // 40 days after clearing: weight (180 - 40) / 150

    expect(measure(S1, events, asOf)).toEqual({
      value: 3,
      values: { monthsInArrears: 3, period: '2026-07', clearedInPeriod: '2026-08' },
      evidenceEventIds: ['arrears', 'cleared'],
      lastEvidenceDay: '2026-09-10',
      unresolved: false,
    });
    expect(scored(events, asOf)).toEqual({ points: 32.67, floor: null, level: 'BLUE' });
  });

  it.each`
    daysSinceClearing | measured
    ${180}            | ${true}
    ${181}            | ${false}
  `('counts cleared arrears for lookbackDays ($daysSinceClearing days after: $measured)', ({ daysSinceClearing, measured }) => {
    const events = [report('2026-01-10', '2025-12', 2), report('2026-02-10', '2026-01', 0)];
    const asOf = daysSinceClearing === 180 ? '2026-08-09' : '2026-08-10';

    expect(measure(S1, events, asOf) !== null).toBe(measured);
  });
});
