import { measure, TEST_PROVINCE } from '../../../test/rules.fixture';
import { paidInFull, scoreWages } from '../../../test/wage-payment.fixture';
import { addDays } from '../../calendar-day.util';
import { W5_BELOW_MINIMUM_WAGE } from './w5-below-minimum-wage.indicator';

const PAID = '2024-02-10';
const score = (events: Parameters<typeof scoreWages>[0], asOf: string) => scoreWages(events, asOf, { catalog: [W5_BELOW_MINIMUM_WAGE] });

describe('W5 paid below the minimum wage', () => {
  it.each`
    workersBelowMinimumWage | value   | points
    ${undefined}            | ${null} | ${0}
    ${0}                    | ${null} | ${0}
    ${1}                    | ${1}    | ${20}
    ${7}                    | ${7}    | ${20}
  `('with $workersBelowMinimumWage workers below the minimum: value $value, +$points', ({ workersBelowMinimumWage, value, points }) => {
    const events = [paidInFull(PAID, { workersBelowMinimumWage })];
    expect(measure(W5_BELOW_MINIMUM_WAGE, events, PAID)?.value ?? null).toBe(value);
    expect(score(events, PAID).score).toBe(points);
  });

  it('names the province minimum it was compared with, and is a fact of the past, never open', () => {
    expect(measure(W5_BELOW_MINIMUM_WAGE, [paidInFull(PAID, { workersBelowMinimumWage: 3 })], '2024-03-01')).toMatchObject({
      values: { workersBelowMinimumWage: 3, monthlyMinimumWageMinor: TEST_PROVINCE.monthlyMinimumWageMinor, province: TEST_PROVINCE.code },
      lastEvidenceDay: PAID,
      unresolved: false,
    });
  });

  it.each`
    daysAfter | value   | weight
    ${30}     | ${2}    | ${1}
    ${31}     | ${2}    | ${0.99}
    ${105}    | ${2}    | ${0.5}
    ${180}    | ${2}    | ${0}
    ${181}    | ${null} | ${null}
  `('$daysAfter days after the report: value $value, recency weight $weight', ({ daysAfter, value, weight }) => {
    const events = [paidInFull(PAID, { workersBelowMinimumWage: 2 })];
    const asOf = addDays(PAID, daysAfter as number);
    expect(measure(W5_BELOW_MINIMUM_WAGE, events, asOf)?.value ?? null).toBe(value);
    expect(score(events, asOf).fired[0]?.weight ?? null).toBe(weight);
  });

  it('takes the most workers below the minimum in any recent run', () => {
    const events = [paidInFull(PAID, { workersBelowMinimumWage: 4 }), paidInFull('2024-03-10', { period: '2024-02', scheduledPayDate: '2024-03-10', workersBelowMinimumWage: 2 })];
    expect(measure(W5_BELOW_MINIMUM_WAGE, events, '2024-03-20')).toMatchObject({ value: 4, lastEvidenceDay: '2024-03-10', evidenceEventIds: events.map((e) => e.id).sort() });
  });
});
