import { measure } from '../../../test/rules.fixture';
import { paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { W6_SHORT_PAYMENT } from './w6-short-payment.indicator';

const ASOF = '2024-02-20';
const DUE = 50_000_000;
const paidShare = (amountPaidMinor: number) => [wagePayment('2024-02-12', { actualPayDate: '2024-02-12', workersPaid: 100, amountDueMinor: DUE, amountPaidMinor })];

describe('W6 wages paid short', () => {
  it.each`
    case                      | amountPaidMinor | value    | paidRatio | points
    ${'0.8 exactly'}          | ${40_000_000}   | ${0.2}   | ${0.8}    | ${0}
    ${'0.79'}                 | ${39_500_000}   | ${0.21}  | ${0.79}   | ${10}
    ${'0.7999'}               | ${39_995_000}   | ${0.201} | ${0.799}  | ${10}
    ${'one fen short of 0.8'} | ${39_999_999}   | ${0.201} | ${0.799}  | ${10}
    ${'one fen above 0.8'}    | ${40_000_001}   | ${0.2}   | ${0.8}    | ${0}
    ${'nothing'}              | ${0}            | ${1}     | ${0}      | ${10}
  `('paid ratio $case: value $value, +$points', ({ amountPaidMinor, value, paidRatio, points }) => {
    const events = paidShare(amountPaidMinor);
    expect(measure(W6_SHORT_PAYMENT, events, ASOF)).toMatchObject({ value, values: { paidRatio, period: '2024-01' }, unresolved: true });
    expect(scoreWages(events, ASOF, { catalog: [W6_SHORT_PAYMENT] }).score).toBe(points);
  });

  it('takes the worst open run', () => {
    const events = [...paidShare(45_000_000), wagePayment('2024-03-12', { period: '2024-02', scheduledPayDate: '2024-03-10', amountDueMinor: DUE, amountPaidMinor: 30_000_000 })];
    expect(measure(W6_SHORT_PAYMENT, events, '2024-03-20')).toMatchObject({ value: 0.4, evidenceEventIds: [events[1].id] });
  });

  it.each`
    case                                    | events
    ${'wages paid in full'}                 | ${[paidInFull('2024-02-12')]}
    ${'a run reported before its pay date'} | ${[wagePayment('2024-02-01', { scheduledPayDate: '2024-03-10', amountPaidMinor: 0 })]}
    ${'nothing due'}                        | ${[wagePayment('2024-02-12', { workersDue: 0, workersPaid: 0, amountDueMinor: 0 })]}
  `('measures nothing with $case', ({ events }) => {
    expect(measure(W6_SHORT_PAYMENT, events, ASOF)).toBeNull();
  });
});
