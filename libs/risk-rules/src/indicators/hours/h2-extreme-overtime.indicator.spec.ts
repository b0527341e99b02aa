import { addDays } from '../../calendar-day.util';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { H2_EXTREME_OVERTIME as H2 } from './h2-extreme-overtime.indicator';

const ASOF = '2026-11-20';

function summary(day: string, period: string, maxOvertimeHoursPerWorker: number, id?: string) {
  const data = {
    period,
    headcount: 100,
    hourSystem: 'standard' as const,
    workersOver36hOvertime: 10,
    maxOvertimeHoursPerWorker,
    daysOver3hOvertime: 5,
    weeksWithoutRestDay: 0,
    overtimePayMultiple: 1.5,
  };
  return recorded('concord.hr.working_time.v1', day, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], asOf = ASOF): number {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [H2], ruleSet: { ...DEFAULT_RULE_SET, indicators: { H2: H2.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('H2 extreme overtime', () => {
  it.each`
    maxHours | reached  | points
    ${72}    | ${false} | ${0}
    ${72.5}  | ${true}  | ${15}
    ${120}   | ${true}  | ${15}
  `('most overtime of one worker $maxHours h: reached $reached, +$points', ({ maxHours, reached, points }) => {
    const events = [summary('2026-11-05', '2026-10', maxHours as number)];

    expect(measure(H2, events, ASOF)?.value ?? 0).toBe(reached ? 1 : 0);
    expect(scoredPoints(events)).toBe(points);
  });

  it('takes the hour limit from its parameter', () => {
    const events = [summary('2026-11-05', '2026-10', 61.5, 'oct')];

    expect(measure(H2, events, ASOF)).toBeNull();
    expect(measure(H2, events, ASOF, { params: { overtimeHoursAbove: 60 } })).toEqual({
      value: 1,
      values: { maxOvertimeHoursPerWorker: 61.5, period: '2026-10' },
      evidenceEventIds: ['oct'],
      lastEvidenceDay: '2026-11-05',
      unresolved: true,
    });
  });

  it('measures nothing without a summary', () => {
    expect(measure(H2, [], ASOF)).toBeNull();
  });

  it.each`
    reportedOn      | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
    ${'2026-11-21'} | ${false}
  `('reads summaries of the last lookbackDays up to the evaluation day (reported $reportedOn: $measured)', ({ reportedOn, measured }) => {
    expect(measure(H2, [summary(reportedOn as string, '2026-04', 90)], ASOF) !== null).toBe(measured);
  });

  describe('after a month back within limits', () => {
    // May: one worker at 90 h, reported 5 June; June at 50 h, reported 25 June.
    const BREACH_DAY = '2026-06-05';
    const events = [summary(BREACH_DAY, '2026-05', 90, 'may'), summary('2026-06-25', '2026-06', 50, 'june')];

    it.each`
      daysAfter | value   | points
      ${30}     | ${1}    | ${15}
      ${100}    | ${1}    | ${8}
      ${180}    | ${1}    | ${0}
      ${181}    | ${null} | ${0}
    `('keeps the breach, resolved and decaying: $daysAfter days after it, value $value, +$points', ({ daysAfter, value, points }) => {
      const asOf = addDays(BREACH_DAY, daysAfter as number);

      expect(measure(H2, events, asOf)?.value ?? null).toBe(value);
      expect(scoredPoints(events, asOf)).toBe(points);
    });

    it('names the breach and the month within limits', () => {
      expect(measure(H2, events, '2026-07-01')).toEqual({
        value: 1,
        values: { maxOvertimeHoursPerWorker: 90, period: '2026-05', clearedInPeriod: '2026-06' },
        evidenceEventIds: ['may'],
        lastEvidenceDay: BREACH_DAY,
        unresolved: false,
      });
    });

    it('does not know of a month reported after the evaluation day', () => {
      expect(measure(H2, events, '2026-06-24')).toMatchObject({ unresolved: true, lastEvidenceDay: BREACH_DAY });
    });
  });

  it('names the latest month over the limit, open at full weight while the newest month is still over', () => {
    const events = [summary('2026-06-05', '2026-05', 120, 'may'), summary('2026-07-05', '2026-06', 80, 'june')];
    const asOf = addDays('2026-07-05', 100);

    expect(measure(H2, events, asOf)).toMatchObject({
      values: { maxOvertimeHoursPerWorker: 80, period: '2026-06' },
      evidenceEventIds: ['june', 'may'],
      lastEvidenceDay: '2026-07-05',
      unresolved: true,
    });
    expect(scoredPoints(events, asOf)).toBe(15);
  });
});
