import { addDays } from '../../calendar-day.util';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { TEST_LEGAL, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { H1_OVERTIME_OVER_LIMIT as H1 } from './h1-overtime-over-limit.indicator';

const ASOF = '2026-11-20';

function summary(day: string, period: string, headcount: number, workersOver36hOvertime: number, id?: string) {
  const data = {
    period,
    headcount,
    hourSystem: 'standard' as const,
    workersOver36hOvertime,
    maxOvertimeHoursPerWorker: workersOver36hOvertime > 0 ? 40 : 10,
    daysOver3hOvertime: 0,
    weeksWithoutRestDay: 0,
    overtimePayMultiple: 1.5,
  };
  return recorded('concord.hr.working_time.v1', day, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], asOf = ASOF): number {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [H1], ruleSet: { ...DEFAULT_RULE_SET, indicators: { H1: H1.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('H1 workers over the monthly overtime limit', () => {
  it.each`
    headcount | workersOver | share   | points
    ${100}    | ${4}        | ${0.04} | ${0}
    ${100}    | ${5}        | ${0.05} | ${10}
    ${100}    | ${19}       | ${0.19} | ${10}
    ${100}    | ${20}       | ${0.2}  | ${20}
    ${100}    | ${49}       | ${0.49} | ${20}
    ${100}    | ${50}       | ${0.5}  | ${35}
    ${20}     | ${2}        | ${0.04} | ${0}
    ${20}     | ${3}        | ${0.06} | ${10}
  `('$workersOver of $headcount workers over the limit: share $share, +$points', ({ headcount, workersOver, share, points }) => {
    const events = [summary('2026-11-05', '2026-10', headcount as number, workersOver as number)];

    expect(measure(H1, events, ASOF)).toMatchObject({ value: share, unresolved: true, lastEvidenceDay: '2026-11-05' });
    expect(scoredPoints(events)).toBe(points);
  });

  it('explains the share against the legal limit', () => {
    expect(measure(H1, [summary('2026-11-05', '2026-10', 120, 14, 'oct')], ASOF)).toEqual({
      value: 14 / 120,
      values: { workersOverLimit: 14, workforce: 120, shareOverLimit: 0.117, limitHours: 36, period: '2026-10' },
      evidenceEventIds: ['oct'],
      lastEvidenceDay: '2026-11-05',
      unresolved: true,
    });
  });

  it.each`
    case                                  | limit   | measured
    ${'no monthly cap'}                   | ${null} | ${false}
    ${'a cap above the reported 36 h'}    | ${40}   | ${false}
    ${'a cap below the reported 36 h'}    | ${32}   | ${true}
  `('with $case the count is measured: $measured', ({ limit, measured }) => {
    const legal = { ...TEST_LEGAL, overtimeMonthlyLimitHours: limit as number | null };

    expect(measure(H1, [summary('2026-11-05', '2026-10', 100, 30)], ASOF, { legal }) !== null).toBe(measured);
  });

  it.each`
    workersOver | measured
    ${0}        | ${false}
    ${1}        | ${true}
  `('measures months with workers over the limit only ($workersOver over: $measured)', ({ workersOver, measured }) => {
    expect(measure(H1, [summary('2026-11-05', '2026-10', 100, workersOver as number)], ASOF) !== null).toBe(measured);
  });

  it('measures nothing without a summary', () => {
    expect(measure(H1, [], ASOF)).toBeNull();
  });

  it.each`
    reportedOn      | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
    ${'2026-11-21'} | ${false}
  `('reads summaries of the last lookbackDays up to the evaluation day (reported $reportedOn: $measured)', ({ reportedOn, measured }) => {
    expect(measure(H1, [summary(reportedOn as string, '2026-04', 100, 30)], ASOF) !== null).toBe(measured);
  });

  describe('after a lawful month', () => {
    // May: 22 of 100 workers over the limit, reported 5 June; June lawful, reported 25 June.
    const BREACH_DAY = '2026-06-05';
    const events = [summary(BREACH_DAY, '2026-05', 100, 22, 'may'), summary('2026-06-25', '2026-06', 100, 0, 'june')];

    it.each`
      daysAfter | value   | points
      ${30}     | ${0.22} | ${20}
      ${100}    | ${0.22} | ${10.67}
      ${180}    | ${0.22} | ${0}
      ${181}    | ${null} | ${0}
    `('keeps the breach, resolved and decaying: $daysAfter days after it, value $value, +$points', ({ daysAfter, value, points }) => {
      const asOf = addDays(BREACH_DAY, daysAfter as number);

      expect(measure(H1, events, asOf)?.value ?? null).toBe(value);
      expect(scoredPoints(events, asOf)).toBe(points);
    });

    it('names the breach and the lawful month', () => {
      expect(measure(H1, events, '2026-07-01')).toEqual({
        value: 0.22,
        values: { workersOverLimit: 22, workforce: 100, shareOverLimit: 0.22, limitHours: 36, period: '2026-05', clearedInPeriod: '2026-06' },
        evidenceEventIds: ['may'],
        lastEvidenceDay: BREACH_DAY,
        unresolved: false,
      });
    });

    it('does not know of a lawful month reported after the evaluation day', () => {
      expect(measure(H1, events, '2026-06-24')).toMatchObject({ value: 0.22, unresolved: true });
    });
  });

  it('takes the worst month, open at full weight while the newest month still breaches', () => {
    const events = [summary('2026-06-05', '2026-05', 100, 55, 'may'), summary('2026-07-05', '2026-06', 100, 6, 'june')];
    const asOf = addDays('2026-06-05', 100);

    expect(measure(H1, events, asOf)).toMatchObject({ value: 0.55, values: { period: '2026-05' }, evidenceEventIds: ['june', 'may'], lastEvidenceDay: '2026-06-05', unresolved: true });
    expect(measure(H1, events, asOf)?.values).not.toHaveProperty('clearedInPeriod');
    expect(scoredPoints(events, asOf)).toBe(35);
  });

  it('judges the newest month by period, even when an older month was reported later', () => {
    const events = [summary('2026-11-05', '2026-10', 100, 0), summary('2026-11-12', '2026-09', 100, 60)];

    expect(measure(H1, events, ASOF)).toMatchObject({ value: 0.6, lastEvidenceDay: '2026-11-12', unresolved: false, values: { period: '2026-09', clearedInPeriod: '2026-10' } });
  });

  it('reads the last report of a month: a correction replaces it', () => {
    const events = [summary('2026-11-05', '2026-10', 100, 30), summary('2026-11-08', '2026-10', 100, 0)];

    expect(measure(H1, events, ASOF)).toBeNull();
  });
});
