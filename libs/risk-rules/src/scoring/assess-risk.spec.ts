import fc from 'fast-check';
import { scoreInput } from '../../test/rules.fixture';
import { wageHistoryArbitrary } from '../../test/wage-history.arbitrary';
import { type WagePaymentEvent, editedRuleSet, paidInFull, wagePayment } from '../../test/wage-payment.fixture';
import { addDays, daysBetween } from '../calendar-day.util';
import type { RecordedEvent } from '../history/enterprise-history';
import { WAGE_INDICATORS } from '../indicators/wages';
import { DEFAULT_RULE_SET } from '../rules/default-rule-set';
import type { RuleSet } from '../rules/rule-set.model';
import { assessRisk } from './assess-risk';
import { scoreEnterprise } from './score-enterprise';

/** W4 off, so twelve workers owed a month's wages stay ORANGE (W3L) instead of a RED trigger. */
const WITHOUT_W4 = editedRuleSet((draft) => (draft.indicators.W4.enabled = false));
const assess = (events: readonly RecordedEvent[], asOf: string, ruleSet: RuleSet = WITHOUT_W4) => assessRisk(scoreInput(events, asOf, { ruleSet, catalog: WAGE_INDICATORS }));

/** The level computed on `day` alone, from the events known by then (what hysteresis looks back at). */
function computedLevel(events: readonly RecordedEvent[], day: string, ruleSet: RuleSet = WITHOUT_W4) {
  return scoreEnterprise(scoreInput(events.filter((event) => event.day <= day), day, { ruleSet, catalog: WAGE_INDICATORS })).level;
}

/** January's wages owed to 12 of 100 workers from 2024-02-10 (ORANGE from day 31), paid in full on RESOLVED. */
const RESOLVED = '2024-03-20';
const ORANGE_THEN_PAID = [wagePayment('2024-02-10', { workersPaid: 88 }), paidInFull(RESOLVED)];

describe('assessRisk', () => {
  it('computes ORANGE while the arrears are open and YELLOW (the band) once they are paid', () => {
    expect(computedLevel(ORANGE_THEN_PAID, '2024-03-11')).toBe('YELLOW');
    expect(computedLevel(ORANGE_THEN_PAID, '2024-03-12')).toBe('ORANGE');
    expect(computedLevel(ORANGE_THEN_PAID, addDays(RESOLVED, -1))).toBe('ORANGE');
    expect(computedLevel(ORANGE_THEN_PAID, RESOLVED)).toBe('YELLOW');
  });

  // The last day computed ORANGE is the day before the payment (D-1); the window of 14 days ending
  // on D+13 still holds it, the window ending on D+14 starts on D. So ORANGE holds through D+13.
  it.each`
    daysAfterPayment | level       | heldBy
    ${0}             | ${'ORANGE'} | ${{ day: '2024-03-19', level: 'ORANGE' }}
    ${1}             | ${'ORANGE'} | ${{ day: '2024-03-19', level: 'ORANGE' }}
    ${13}            | ${'ORANGE'} | ${{ day: '2024-03-19', level: 'ORANGE' }}
    ${14}            | ${'YELLOW'} | ${null}
    ${30}            | ${'YELLOW'} | ${null}
  `('with 14 hysteresis days, $daysAfterPayment days after the payment the level is $level', ({ daysAfterPayment, level, heldBy }) => {
    const assessment = assess(ORANGE_THEN_PAID, addDays(RESOLVED, daysAfterPayment as number));
    expect(assessment.score.level).toBe('YELLOW');
    expect(assessment).toMatchObject({ level, heldBy });
  });

  it.each`
    hysteresisDays | daysAfterPayment | level
    ${0}           | ${0}             | ${'YELLOW'}
    ${1}           | ${0}             | ${'ORANGE'}
    ${1}           | ${1}             | ${'YELLOW'}
    ${7}           | ${6}             | ${'ORANGE'}
    ${7}           | ${7}             | ${'YELLOW'}
  `('with $hysteresisDays hysteresis days, $daysAfterPayment days after the payment the level is $level', ({ hysteresisDays, daysAfterPayment, level }) => {
    const ruleSet = editedRuleSet((draft) => {
      draft.indicators.W4.enabled = false;
      draft.hysteresisDays = hysteresisDays as number;
    });
    expect(assess(ORANGE_THEN_PAID, addDays(RESOLVED, daysAfterPayment as number), ruleSet).level).toBe(level);
  });

  it('holds the highest level of the window, naming its latest day', () => {
    // Wages of ¥2,500: 50 workers owed reach the group criminal threshold (RED), 10 do not (ORANGE).
    const owed = (day: string, workersOwed: number) => wagePayment(day, { amountDueMinor: 25_000_000, workersPaid: 100 - workersOwed, amountPaidMinor: (100 - workersOwed) * 250_000 });
    const events = [owed('2024-02-10', 50), owed('2024-03-15', 10), paidInFull(RESOLVED, { amountDueMinor: 25_000_000, amountPaidMinor: 25_000_000 })];
    const withW4 = DEFAULT_RULE_SET;
    expect(['2024-03-14', '2024-03-15', RESOLVED].map((day) => computedLevel(events, day, withW4))).toEqual(['RED', 'ORANGE', 'YELLOW']);
    expect(assess(events, '2024-03-28', withW4)).toMatchObject({ level: 'RED', heldBy: { day: '2024-03-14', level: 'RED' } });
    expect(assess(events, '2024-03-29', withW4)).toMatchObject({ level: 'ORANGE', heldBy: { day: '2024-03-19', level: 'ORANGE' } });
    expect(assess(events, '2024-04-03', withW4)).toMatchObject({ level: 'YELLOW', heldBy: null });
  });

  it('looks no further back than the first event', () => {
    expect(assess([], '2024-03-01')).toMatchObject({ level: 'GREEN', heldBy: null });
    expect(assess([wagePayment('2024-02-10')], '2024-02-10')).toMatchObject({ level: 'GREEN', heldBy: null });
  });

  it('does not flap while arrears alternate paid and unpaid within the window', () => {
    // Each month's wages are paid 20 days late: the next period falls due 10 days after the payment.
    const events = ['2024-01', '2024-02', '2024-03', '2024-04'].flatMap((period, i) => {
      const due = `2024-0${i + 2}-10`;
      return [wagePayment(addDays(due, 1), { period, scheduledPayDate: due }), paidInFull(addDays(due, 20), { period, scheduledPayDate: due })] as WagePaymentEvent[];
    });
    const days = Array.from({ length: daysBetween('2024-03-11', '2024-06-10') + 1 }, (_, i) => addDays('2024-03-11', i));
    const computed = new Set(days.map((day) => computedLevel(events, day)));
    const assessed = new Set(days.map((day) => assess(events.filter((event) => event.day <= day), day).level));
    expect([...computed].sort()).toEqual(['ORANGE', 'YELLOW']);
    expect([...assessed]).toEqual(['ORANGE']);
  });

  it('assesses the same whatever order the events arrive in, redeliveries included', () => {
    const arrivals = wageHistoryArbitrary.chain((history) =>
      fc.subarray(history.events).chain((redelivered) => {
        const deliveries = [...history.events, ...redelivered];
        return fc.record({ history: fc.constant(history), arrived: fc.shuffledSubarray(deliveries, { minLength: deliveries.length }), daysLater: fc.integer({ min: 0, max: 20 }) });
      }),
    );
    fc.assert(
      fc.property(arrivals, ({ history, arrived, daysLater }) => {
        const asOf = addDays(history.asOf, daysLater);
        expect(assessRisk(scoreInput(arrived, asOf, { catalog: WAGE_INDICATORS }))).toEqual(assessRisk(scoreInput(history.events, asOf, { catalog: WAGE_INDICATORS })));
      }),
      { numRuns: 40 },
    );
  });
});
