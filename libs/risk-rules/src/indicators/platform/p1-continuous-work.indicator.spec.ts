import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { addDays } from '../../calendar-day.util';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { P1_CONTINUOUS_WORK as P1 } from './p1-continuous-work.indicator';

type Summary = HrEventData<'concord.hr.platform_work_summary.v1'>;

/** March 2026 in one Hangzhou station, reported 2026-04-05: 100 riders, none over 4 h. */
function summary(overrides: Partial<Summary> = {}, day = '2026-04-05'): RecordedEvent {
  const data: Summary = {
    period: '2026-03',
    city: 'Hangzhou',
    station: 'Xihu',
    workers: 100,
    workersOver4hContinuous: 0,
    averageDailyHours: 9.5,
    p10NetHourlyIncomeMinor: 2_600,
    localHourlyMinimumMinor: 2_500,
    currency: 'CNY',
    penalties: 0,
    deactivations: 0,
    workersWithInjuryCover: 100,
    ...overrides,
  };
  return recorded('concord.hr.platform_work_summary.v1', day, data);
}

function scoreOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { P1: P1.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [P1], ruleSet })).score;
}

describe('P1 platform workers over 4 h without rest', () => {
  it.each<[string, RecordedEvent[], string, number | null, number]>([
    ['exactly 10 % of the cohort', [summary({ workersOver4hContinuous: 10 })], '2026-04-10', 0.1, 15],
    ['9 % of the cohort', [summary({ workersOver4hContinuous: 9 })], '2026-04-10', 0.09, 0],
    ['nobody over 4 h', [summary()], '2026-04-10', null, 0],
    ['1 of a cohort of 10', [summary({ workers: 10, workersOver4hContinuous: 1 })], '2026-04-10', 0.1, 15],
    ['the worst of several cohorts', [summary({ workersOver4hContinuous: 2 }), summary({ station: 'Binjiang', workers: 40, workersOver4hContinuous: 8 })], '2026-04-10', 0.2, 15],
    ['a later report of a month replaces the earlier one', [summary({ workersOver4hContinuous: 30 }), summary({ workersOver4hContinuous: 5 }, '2026-04-08')], '2026-04-10', 0.05, 0],
    ['a report after the evaluation day is not known yet', [summary({ workersOver4hContinuous: 30 }, '2026-04-11')], '2026-04-10', null, 0],
    ['the newest month still over 4 h keeps a worse older month open', [summary({ workersOver4hContinuous: 30 }), summary({ period: '2026-04', workersOver4hContinuous: 5 }, '2026-05-05')], '2026-07-14', 0.3, 15],
    ['reported 180 days before, still the newest month: open', [summary({ workersOver4hContinuous: 10 })], '2026-10-02', 0.1, 15],
    ['reported 181 days before: outside the lookback', [summary({ workersOver4hContinuous: 10 })], '2026-10-03', null, 0],
  ])('%s', (_case, events, asOf, value, score) => {
    expect(measure(P1, events, asOf)?.value ?? null).toBe(value);
    expect(scoreOn(events, asOf)).toBe(score);
  });

  it('measures nothing without platform summaries', () => {
    expect(measure(P1, [], '2026-04-10')).toBeNull();
  });

  it('names the worst cohort and its month', () => {
    const city = summary({ station: undefined, city: 'Ningbo', workers: 300, workersOver4hContinuous: 45 });
    const measured = measure(P1, [summary(), city], '2026-04-10');
    expect(measured).toMatchObject({ unresolved: true, lastEvidenceDay: '2026-04-05', evidenceEventIds: [city.id] });
    expect(measured?.values).toEqual({ cohort: 'Ningbo', period: '2026-03', workers: 300, workersOver4hContinuous: 45, shareOver4h: 0.15, cohorts: 2, cohortsStillOver4h: 1 });
  });

  describe('after a month within the limits', () => {
    // March: 20 % of the station over 4 h, reported 5 April; April: nobody, reported 25 April.
    const BREACH_DAY = '2026-04-05';
    const march = summary({ workersOver4hContinuous: 20 }, BREACH_DAY);
    const april = summary({ period: '2026-04' }, '2026-04-25');

    it.each`
      daysAfter | value   | score
      ${30}     | ${0.2}  | ${15}
      ${100}    | ${0.2}  | ${8}
      ${180}    | ${0.2}  | ${0}
      ${181}    | ${null} | ${0}
    `('keeps the breach, resolved and decaying: $daysAfter days after it, value $value, score $score', ({ daysAfter, value, score }) => {
      const asOf = addDays(BREACH_DAY, daysAfter as number);
      expect(measure(P1, [march, april], asOf)?.value ?? null).toBe(value);
      expect(scoreOn([march, april], asOf)).toBe(score);
    });

    it('names the breach and the month within the limits', () => {
      const measured = measure(P1, [march, april], '2026-05-01');
      expect(measured).toMatchObject({ unresolved: false, lastEvidenceDay: BREACH_DAY, evidenceEventIds: [march.id] });
      expect(measured?.values).toEqual({ cohort: 'Hangzhou / Xihu', period: '2026-03', workers: 100, workersOver4hContinuous: 20, shareOver4h: 0.2, cohorts: 1, cohortsStillOver4h: 0, clearedInPeriod: '2026-04' });
    });

    it('stays open while another cohort’s newest month is still over 4 h', () => {
      const binjiang = summary({ station: 'Binjiang', workersOver4hContinuous: 3 }, '2026-04-06');
      const measured = measure(P1, [march, april, binjiang], '2026-05-01');
      expect(measured).toMatchObject({ value: 0.2, unresolved: true, evidenceEventIds: [march.id, binjiang.id].sort() });
      expect(measured?.values).toMatchObject({ cohort: 'Hangzhou / Xihu', cohortsStillOver4h: 1, clearedInPeriod: '2026-04' });
    });
  });
});
