import { measure } from '../../../test/rules.fixture';
import { paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { addDays } from '../../calendar-day.util';
import { W3L_LONG_GROUP_ARREARS } from './w3l-long-group-arrears.indicator';

const DUE = '2024-02-10';
const owing = (workersOwed: number) => [wagePayment('2024-02-12', { workersPaid: 100 - workersOwed })];

describe('W3L long-running group arrears', () => {
  it.each`
    workersOwed | daysLate | value   | floor
    ${10}       | ${30}    | ${null} | ${null}
    ${10}       | ${31}    | ${10}   | ${'ORANGE'}
    ${9}        | ${31}    | ${9}    | ${null}
    ${9}        | ${90}    | ${9}    | ${null}
    ${25}       | ${45}    | ${25}   | ${'ORANGE'}
  `('with $workersOwed workers owed $daysLate days: value $value, floor $floor', ({ workersOwed, daysLate, value, floor }) => {
    const events = owing(workersOwed);
    const asOf = addDays(DUE, daysLate as number);
    expect(measure(W3L_LONG_GROUP_ARREARS, events, asOf)?.value ?? null).toBe(value);
    const result = scoreWages(events, asOf, { catalog: [W3L_LONG_GROUP_ARREARS] });
    expect(result.fired.map((rule) => [rule.points, rule.floor])).toEqual(floor ? [[0, floor]] : []);
    expect(result.level).toBe(floor ?? 'GREEN');
  });

  it('records the workers owed and the days late of the long runs', () => {
    expect(measure(W3L_LONG_GROUP_ARREARS, owing(12), '2024-03-20')).toEqual({
      value: 12,
      values: { workersOwed: 12, maxDaysLate: 39 },
      evidenceEventIds: [expect.any(String)],
      lastEvidenceDay: '2024-03-20',
      unresolved: true,
    });
  });

  it('ends with the payment: a run paid after 40 days no longer counts', () => {
    expect(measure(W3L_LONG_GROUP_ARREARS, [...owing(30), paidInFull('2024-03-21')], '2024-03-25')).toBeNull();
  });
});
