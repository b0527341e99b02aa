import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { S2_INSURED_HEADCOUNT_DROP as S2 } from './s2-insured-headcount-drop.indicator';

const ASOF = '2026-11-20';

function report(day: string, period: string, insuredHeadcount: number, id?: string) {
  const data = {
    period,
    employedHeadcount: 400,
    insuredHeadcount,
    amountDueMinor: 1_000_000,
    amountPaidMinor: 1_000_000,
    currency: 'CNY',
    monthsInArrears: 0,
  };
  return recorded('concord.hr.social_insurance.v1', day, data, id);
}

function twoMonths(insuredBefore: number, insuredAfter: number) {
  return [report('2026-10-10', '2026-09', insuredBefore), report('2026-11-10', '2026-10', insuredAfter)];
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], asOf = ASOF): number {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [S2], ruleSet: { ...DEFAULT_RULE_SET, indicators: { S2: S2.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('S2 insured headcount drop', () => {
  it.each`
    case                                         | before | after  | reached
    ${'share: exactly 10 %'}                     | ${100} | ${90}  | ${true}
    ${'share: just under 10 %'}                  | ${100} | ${91}  | ${false}
    ${'workers: exactly 20 (under 10 %)'}        | ${300} | ${280} | ${true}
    ${'workers: 19 (under 10 %)'}                | ${300} | ${281} | ${false}
    ${'small firm: 5 of 20 is 10 % of the floor'} | ${20}  | ${15}  | ${true}
    ${'small firm: 4 of 20 is under the floor'}  | ${20}  | ${16}  | ${false}
    ${'insured headcount rose'}                  | ${100} | ${120} | ${false}
  `('$case → reached: $reached', ({ before, after, reached }) => {
    const events = twoMonths(before as number, after as number);

    expect(measure(S2, events, ASOF)?.value ?? 0).toBe(reached ? 1 : 0);
    expect(scoredPoints(events)).toBe(reached ? 15 : 0);
  });

  it('explains the drop and decays from the month that showed it', () => {
    const events = [report('2026-10-10', '2026-09', 100, 'sep'), report('2026-11-10', '2026-10', 85, 'oct')];

    expect(measure(S2, events, ASOF)).toEqual({
      value: 1,
      values: { period: '2026-10', insuredBefore: 100, insuredAfter: 85, droppedWorkers: 15, dropShare: 0.15, employedBefore: 400, employedAfter: 400 },
      evidenceEventIds: ['oct', 'sep'],
      lastEvidenceDay: '2026-11-10',
      unresolved: false,
    });
  });

  it('compares only consecutive months', () => {
    expect(measure(S2, [report('2026-09-10', '2026-08', 100), report('2026-11-10', '2026-10', 50)], ASOF)).toBeNull();
    expect(measure(S2, [report('2026-11-10', '2026-10', 50)], ASOF)).toBeNull();
  });

  it('keeps the newest drop when a later month holds steady', () => {
    const events = [...twoMonths(100, 80), report('2026-11-18', '2026-11', 80)];

    expect(measure(S2, events, ASOF)).toMatchObject({ values: { period: '2026-10', droppedWorkers: 20 } });
  });

  it.each`
    daysSinceDrop | measured
    ${180}        | ${true}
    ${181}        | ${false}
  `('looks back lookbackDays for a drop ($daysSinceDrop days: $measured)', ({ daysSinceDrop, measured }) => {
    const events = [report('2025-12-10', '2025-12', 100), report('2026-01-10', '2026-01', 50)];
    const asOf = daysSinceDrop === 180 ? '2026-07-09' : '2026-07-10';

    expect(measure(S2, events, asOf) !== null).toBe(measured);
  });
});
