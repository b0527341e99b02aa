import { addDays } from '../../calendar-day.util';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { TEST_LEGAL, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { H5_OVERTIME_UNDERPAID as H5 } from './h5-overtime-underpaid.indicator';

const ASOF = '2026-11-20';

function summary(day: string, overtimePayMultiple: number | null, maxOvertimeHoursPerWorker = 20, id?: string, period = '2026-10') {
  const data = {
    period,
    headcount: 100,
    hourSystem: 'standard' as const,
    workersOver36hOvertime: 0,
    maxOvertimeHoursPerWorker,
    daysOver3hOvertime: 0,
    weeksWithoutRestDay: 0,
    overtimePayMultiple,
  };
  return recorded('concord.hr.working_time.v1', day, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], asOf = ASOF): number {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [H5], ruleSet: { ...DEFAULT_RULE_SET, indicators: { H5: H5.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('H5 overtime paid below the legal rate', () => {
  it.each`
    case                                    | multiple | maxHours | reached  | points
    ${'at the legal 1.5 ×'}                 | ${1.5}   | ${20}    | ${false} | ${0}
    ${'just below 1.5 ×'}                   | ${1.49}  | ${20}    | ${true}  | ${20}
    ${'at 1 ×'}                             | ${1}     | ${20}    | ${true}  | ${20}
    ${'no overtime pay for overtime worked'} | ${null}  | ${20}    | ${true}  | ${20}
    ${'no overtime pay and no overtime'}    | ${null}  | ${0}     | ${false} | ${0}
  `('$case: reached $reached, +$points', ({ multiple, maxHours, reached, points }) => {
    const events = [summary('2026-11-05', multiple as number | null, maxHours as number)];

    expect(measure(H5, events, ASOF)?.value ?? 0).toBe(reached ? 1 : 0);
    expect(scoredPoints(events)).toBe(points);
  });

  it('compares with the legal minimum of the jurisdiction', () => {
    const events = [summary('2026-11-05', 1.5, 20, 'oct')];
    const legal = { ...TEST_LEGAL, overtimePayMinMultiple: 2 };

    expect(measure(H5, events, ASOF)).toBeNull();
    expect(measure(H5, events, ASOF, { legal })).toEqual({
      value: 1,
      values: { overtimePayMultiple: 1.5, minimumMultiple: 2, period: '2026-10' },
      evidenceEventIds: ['oct'],
      lastEvidenceDay: '2026-11-05',
      unresolved: true,
    });
  });

  it('measures nothing without a summary', () => {
    expect(measure(H5, [], ASOF)).toBeNull();
  });

  it('reads the last report of a month: a correction replaces it', () => {
    expect(measure(H5, [summary('2026-11-05', 1.2), summary('2026-11-08', 1.5)], ASOF)).toBeNull();
  });

  it.each`
    reportedOn      | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
    ${'2026-11-21'} | ${false}
  `('reads summaries of the last lookbackDays up to the evaluation day (reported $reportedOn: $measured)', ({ reportedOn, measured }) => {
    expect(measure(H5, [summary(reportedOn as string, 1)], ASOF) !== null).toBe(measured);
  });

  describe('after a month paid lawfully', () => {
    // May paid at 1.2 ×, reported 5 June; June paid at 1.5 ×, reported 25 June.
    const BREACH_DAY = '2026-06-05';
    const events = [summary(BREACH_DAY, 1.2, 20, 'may', '2026-05'), summary('2026-06-25', 1.5, 20, 'june', '2026-06')];

    it.each`
      daysAfter | value   | points
      ${30}     | ${1}    | ${20}
      ${100}    | ${1}    | ${10.67}
      ${180}    | ${1}    | ${0}
      ${181}    | ${null} | ${0}
    `('keeps the breach, resolved and decaying: $daysAfter days after it, value $value, +$points', ({ daysAfter, value, points }) => {
      const asOf = addDays(BREACH_DAY, daysAfter as number);

      expect(measure(H5, events, asOf)?.value ?? null).toBe(value);
      expect(scoredPoints(events, asOf)).toBe(points);
    });

    it('names the breach and the lawful month', () => {
      expect(measure(H5, events, '2026-07-01')).toEqual({
        value: 1,
        values: { overtimePayMultiple: 1.2, minimumMultiple: 1.5, period: '2026-05', clearedInPeriod: '2026-06' },
        evidenceEventIds: ['may'],
        lastEvidenceDay: BREACH_DAY,
        unresolved: false,
      });
    });

    it('does not know of a month reported after the evaluation day', () => {
      expect(measure(H5, events, '2026-06-24')).toMatchObject({ unresolved: true, lastEvidenceDay: BREACH_DAY });
    });
  });

  it('names the latest underpaid month, open at full weight while the newest month is still underpaid', () => {
    const events = [summary('2026-06-05', 1, 20, 'may', '2026-05'), summary('2026-07-05', null, 30, 'june', '2026-06')];
    const asOf = addDays('2026-07-05', 100);

    expect(measure(H5, events, asOf)).toMatchObject({
      values: { overtimePayMultiple: 0, period: '2026-06' },
      evidenceEventIds: ['june', 'may'],
      lastEvidenceDay: '2026-07-05',
      unresolved: true,
    });
    expect(scoredPoints(events, asOf)).toBe(20);
  });
});
