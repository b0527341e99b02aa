import { measure } from '../../../test/rules.fixture';
import { type WagePaymentEvent, paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { addDays } from '../../calendar-day.util';
import { W2_REPEATED_LATE_PERIODS } from './w2-repeated-late-periods.indicator';

/** The unpaid run of `period` (YYYY-MM), due on the 10th of the next month, reported on the 1st. */
function unpaid(period: string): WagePaymentEvent {
  const due = payDateOf(period);
  return wagePayment(addDays(due, -9), { period, scheduledPayDate: due });
}

/** The run of `period` paid in full `daysLate` days after its pay date. */
function paid(period: string, daysLate: number): WagePaymentEvent {
  return paidInFull(addDays(payDateOf(period), daysLate), { period, scheduledPayDate: payDateOf(period) });
}

function payDateOf(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return month === 12 ? `${year + 1}-01-10` : `${year}-${String(month + 1).padStart(2, '0')}-10`;
}

describe('W2 consecutive late pay periods', () => {
  it.each`
    case                                    | events                                                        | value   | floor
    ${'one late period'}                    | ${[unpaid('2024-01')]}                                        | ${null} | ${null}
    ${'two consecutive late periods'}       | ${[unpaid('2024-01'), unpaid('2024-02')]}                     | ${2}    | ${'ORANGE'}
    ${'three consecutive late periods'}     | ${[unpaid('2024-01'), unpaid('2024-02'), unpaid('2024-03')]}  | ${3}    | ${'ORANGE'}
    ${'two late periods across a year end'} | ${[unpaid('2023-12'), unpaid('2024-01')]}                     | ${2}    | ${'ORANGE'}
    ${'two late periods with a gap'}        | ${[unpaid('2024-01'), unpaid('2024-03')]}                     | ${null} | ${null}
    ${'late, on time, late'}                | ${[unpaid('2024-01'), paid('2024-02', 0), unpaid('2024-03')]} | ${null} | ${null}
    ${'a late payment then an open arrear'} | ${[paid('2024-01', 5), unpaid('2024-02')]}                    | ${2}    | ${'ORANGE'}
    ${'two late payments, both resolved'}   | ${[paid('2024-01', 5), paid('2024-02', 3)]}                   | ${2}    | ${null}
  `('with $case: measures $value, floor $floor', ({ events, value, floor }) => {
    const asOf = '2024-04-20';
    expect(measure(W2_REPEATED_LATE_PERIODS, events, asOf)?.value ?? null).toBe(value);
    const fired = scoreWages(events, asOf, { catalog: [W2_REPEATED_LATE_PERIODS] }).fired;
    expect(fired.map((rule) => [rule.tierPoints, rule.floor])).toEqual(value === null ? [] : [[30, floor]]);
  });

  it('reports the longest streak, the later one on a tie', () => {
    const events = [unpaid('2023-09'), unpaid('2023-10'), paid('2023-11', 0), unpaid('2023-12'), unpaid('2024-01'), paid('2024-02', 0), unpaid('2024-03'), unpaid('2024-04')];
    expect(measure(W2_REPEATED_LATE_PERIODS, events, '2024-05-20')?.values).toEqual({ consecutiveLatePeriods: 2, firstPeriod: '2024-03', lastPeriod: '2024-04' });
  });

  it('forgets a late payment 180 days after it was made, breaking the streak', () => {
    const events = [paid('2024-01', 5), paid('2024-02', 5)];
    const firstPayment = addDays(payDateOf('2024-01'), 5);
    expect(measure(W2_REPEATED_LATE_PERIODS, events, addDays(firstPayment, 180))?.value).toBe(2);
    expect(measure(W2_REPEATED_LATE_PERIODS, events, addDays(firstPayment, 181))).toBeNull();
  });

  it('does not count a run reported before its pay date', () => {
    expect(measure(W2_REPEATED_LATE_PERIODS, [unpaid('2024-01'), unpaid('2024-02')], payDateOf('2024-02'))).toBeNull();
  });
});
