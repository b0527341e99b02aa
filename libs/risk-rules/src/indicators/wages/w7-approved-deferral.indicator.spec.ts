import { measure } from '../../../test/rules.fixture';
import { paidInFull, wagePayment } from '../../../test/wage-payment.fixture';
import { addDays } from '../../calendar-day.util';
import { W7_APPROVED_DEFERRAL } from './w7-approved-deferral.indicator';

const PAY_BY = '2024-03-10';
const deferred = (fields = {}) => wagePayment('2024-02-08', { deferral: { approvedByUnion: true, payBy: PAY_BY }, ...fields });
const february = { period: '2024-02', scheduledPayDate: '2024-03-10' };

describe('W7 union-approved deferral', () => {
  it.each`
    asOf            | holds
    ${'2024-02-11'} | ${true}
    ${'2024-03-09'} | ${true}
    ${PAY_BY}       | ${true}
    ${'2024-03-11'} | ${false}
  `('on $asOf, a deferral to 2024-03-10 holds: $holds', ({ asOf, holds }) => {
    const measurement = measure(W7_APPROVED_DEFERRAL, [deferred()], asOf);
    expect(measurement).toEqual(holds ? { value: 1, values: { deferredPeriods: 1, payBy: PAY_BY }, evidenceEventIds: [expect.any(String)], lastEvidenceDay: asOf, unresolved: true } : null);
  });

  it.each`
    case                                                      | events
    ${'a deferral the union did not approve'}                 | ${[wagePayment('2024-02-08', { deferral: { approvedByUnion: false, payBy: PAY_BY } })]}
    ${'an open run without a deferral beside a deferred one'} | ${[deferred(), wagePayment('2024-01-15', { period: '2023-12', scheduledPayDate: '2024-01-10' })]}
    ${'no open run: the deferred wages are paid'}             | ${[deferred(), paidInFull('2024-02-20')]}
    ${'a recent late payment without a deferral'}             | ${[paidInFull('2024-01-20', { period: '2023-12', scheduledPayDate: '2024-01-10' }), deferred()]}
    ${'no open run: not due yet'}                             | ${[wagePayment('2024-02-01', { ...february, deferral: { approvedByUnion: true, payBy: '2024-04-10' } })]}
  `('does not hold with $case', ({ events }) => {
    expect(measure(W7_APPROVED_DEFERRAL, events, '2024-02-25')).toBeNull();
  });

  it('holds when it covers every open run, reporting the latest pay-by date', () => {
    const events = [
      deferred({ deferral: { approvedByUnion: true, payBy: '2024-03-20' } }),
      wagePayment('2024-03-11', { ...february, deferral: { approvedByUnion: true, payBy: '2024-04-10' } }),
    ];
    expect(measure(W7_APPROVED_DEFERRAL, events, '2024-03-20')).toMatchObject({ value: 2, values: { deferredPeriods: 2, payBy: '2024-04-10' } });
    // January's deferral has run out: its arrears are no longer covered.
    expect(measure(W7_APPROVED_DEFERRAL, events, '2024-03-21')).toBeNull();
  });

  it.each`
    paidDaysAgo | holds
    ${180}      | ${false}
    ${181}      | ${true}
  `('with an undeferred run paid late $paidDaysAgo days ago (W1 looks back 180), holds: $holds', ({ paidDaysAgo, holds }) => {
    const asOf = '2024-02-15';
    const paidLate = addDays(asOf, -(paidDaysAgo as number));
    const events = [paidInFull(paidLate, { period: '2023-07', scheduledPayDate: addDays(paidLate, -10) }), deferred()];
    expect(measure(W7_APPROVED_DEFERRAL, events, asOf)?.value ?? null).toBe(holds ? 1 : null);
  });

  it('mitigates W1 with half its points and a YELLOW ceiling by default', () => {
    expect(W7_APPROVED_DEFERRAL.mitigation).toEqual({ indicatorIds: ['W1'], ceiling: 'YELLOW' });
    expect(W7_APPROVED_DEFERRAL.defaults.params).toEqual({ pointsFactor: 0.5, lookbackDays: 180 });
  });
});
