import { TEST_PROVINCE, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { addDays } from '../../calendar-day.util';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { P3_INCOME_BELOW_MINIMUM as P3 } from './p3-income-below-minimum.indicator';

type Summary = HrEventData<'concord.hr.platform_work_summary.v1'>;

/** March 2026 in Hangzhou, reported 2026-04-05: 10th percentile exactly at the ¥25.00 minimum. */
function summary(overrides: Partial<Summary> = {}, day = '2026-04-05'): RecordedEvent {
  const data: Summary = {
    period: '2026-03',
    city: 'Hangzhou',
    workers: 200,
    workersOver4hContinuous: 0,
    averageDailyHours: 9,
    p10NetHourlyIncomeMinor: 2_500,
    localHourlyMinimumMinor: 2_500,
    currency: 'CNY',
    penalties: 12,
    deactivations: 1,
    workersWithInjuryCover: 200,
    ...overrides,
  };
  return recorded('concord.hr.platform_work_summary.v1', day, data);
}

function scoreOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { P3: P3.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [P3], ruleSet })).score;
}

describe('P3 platform income below the hourly minimum', () => {
  it.each<[string, RecordedEvent[], string, number | null, number]>([
    ['exactly at the minimum', [summary()], '2026-04-10', null, 0],
    ['one fen below it', [summary({ p10NetHourlyIncomeMinor: 2_499 })], '2026-04-10', 1, 20],
    ['¥5 below it', [summary({ p10NetHourlyIncomeMinor: 2_000 })], '2026-04-10', 500, 20],
    ['no local minimum reported: the province’s applies', [summary({ localHourlyMinimumMinor: 0, p10NetHourlyIncomeMinor: TEST_PROVINCE.hourlyMinimumWageMinor - 1 })], '2026-04-10', 1, 20],
    ['the worst of several cohorts', [summary(), summary({ city: 'Wenzhou', localHourlyMinimumMinor: 2_300, p10NetHourlyIncomeMinor: 2_200 })], '2026-04-10', 100, 20],
    ['a later report of a month replaces the earlier one', [summary({ p10NetHourlyIncomeMinor: 2_000 }), summary({}, '2026-04-08')], '2026-04-10', null, 0],
    ['a report after the evaluation day is not known yet', [summary({ p10NetHourlyIncomeMinor: 2_000 }, '2026-04-11')], '2026-04-10', null, 0],
    ['the newest month still short keeps a larger older shortfall open', [summary({ p10NetHourlyIncomeMinor: 2_000 }), summary({ period: '2026-04', p10NetHourlyIncomeMinor: 2_400 }, '2026-05-05')], '2026-07-14', 500, 20],
    ['reported 180 days before, still the newest month: open', [summary({ p10NetHourlyIncomeMinor: 2_000 })], '2026-10-02', 500, 20],
    ['reported 181 days before: outside the lookback', [summary({ p10NetHourlyIncomeMinor: 2_000 })], '2026-10-03', null, 0],
  ])('%s', (_case, events, asOf, value, score) => {
    expect(measure(P3, events, asOf)?.value ?? null).toBe(value);
    expect(scoreOn(events, asOf)).toBe(score);
  });

  it('measures nothing without platform summaries', () => {
    expect(measure(P3, [], '2026-04-10')).toBeNull();
  });

  it('names the worst cohort and the minimum it is held to', () => {
    const short = summary({ city: 'Wenzhou', localHourlyMinimumMinor: 2_300, p10NetHourlyIncomeMinor: 2_200 });
    const measured = measure(P3, [summary(), short], '2026-04-10');
    expect(measured).toMatchObject({ unresolved: true, lastEvidenceDay: '2026-04-05', evidenceEventIds: [short.id] });
    expect(measured?.values).toEqual({ cohort: 'Wenzhou', period: '2026-03', p10NetHourlyIncomeMinor: 2_200, hourlyMinimumMinor: 2_300, cohortsBelowMinimum: 1 });
  });

  describe('after a month at the minimum', () => {
    // March: ¥5 an hour short, reported 5 April; April at the minimum, reported 25 April.
    const BREACH_DAY = '2026-04-05';
    const march = summary({ p10NetHourlyIncomeMinor: 2_000 }, BREACH_DAY);
    const april = summary({ period: '2026-04' }, '2026-04-25');

    it.each`
      daysAfter | value   | score
      ${30}     | ${500}  | ${20}
      ${100}    | ${500}  | ${10.7}
      ${180}    | ${500}  | ${0}
      ${181}    | ${null} | ${0}
    `('keeps the breach, resolved and decaying: $daysAfter days after it, value $value, score $score', ({ daysAfter, value, score }) => {
      const asOf = addDays(BREACH_DAY, daysAfter as number);
      expect(measure(P3, [march, april], asOf)?.value ?? null).toBe(value);
      expect(scoreOn([march, april], asOf)).toBe(score);
    });

    it('names the breach and the month back at the minimum', () => {
      const measured = measure(P3, [march, april], '2026-05-01');
      expect(measured).toMatchObject({ unresolved: false, lastEvidenceDay: BREACH_DAY, evidenceEventIds: [march.id] });
      expect(measured?.values).toEqual({ cohort: 'Hangzhou', period: '2026-03', p10NetHourlyIncomeMinor: 2_000, hourlyMinimumMinor: 2_500, cohortsBelowMinimum: 0, clearedInPeriod: '2026-04' });
    });

    it('stays open while another cohort’s newest month is still below the minimum', () => {
      const wenzhou = summary({ city: 'Wenzhou', localHourlyMinimumMinor: 2_300, p10NetHourlyIncomeMinor: 2_250 }, '2026-04-06');
      const measured = measure(P3, [march, april, wenzhou], '2026-05-01');
      expect(measured).toMatchObject({ value: 500, unresolved: true, evidenceEventIds: [march.id, wenzhou.id].sort() });
      expect(measured?.values).toMatchObject({ cohort: 'Hangzhou', cohortsBelowMinimum: 1, clearedInPeriod: '2026-04' });
    });
  });
});
