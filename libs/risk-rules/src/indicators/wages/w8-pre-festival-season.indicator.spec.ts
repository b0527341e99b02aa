import { measure, recorded } from '../../../test/rules.fixture';
import { W8_PRE_FESTIVAL_SEASON } from './w8-pre-festival-season.indicator';

// Spring Festival 2027: February 6. The season starts 45 days before: 2026-12-23.
const unpaidRun = recorded('concord.hr.wage_payment.v1', '2026-12-01', {
  period: '2026-11',
  scheduledPayDate: '2026-12-10',
  actualPayDate: null,
  headcount: 60,
  workersDue: 60,
  workersPaid: 40,
  amountDueMinor: 36_000_000,
  amountPaidMinor: 24_000_000,
  currency: 'CNY',
});

describe('W8 wages owed before the Spring Festival', () => {
  it.each([
    ['2026-12-22', null],
    ['2026-12-23', 0],
    ['2027-02-05', 44],
  ])('on %s measures %s', (asOf, value) => {
    expect(measure(W8_PRE_FESTIVAL_SEASON, [unpaidRun], asOf)?.value ?? null).toBe(value);
  });

  it('looks to next year’s festival after this year’s has passed, and needs open arrears', () => {
    expect(measure(W8_PRE_FESTIVAL_SEASON, [unpaidRun], '2027-02-07')).toBeNull();
    const paid = recorded('concord.hr.wage_payment.v1', '2026-12-30', { ...unpaidRun.data, actualPayDate: '2026-12-30', workersPaid: 60, amountPaidMinor: 36_000_000 });
    expect(measure(W8_PRE_FESTIVAL_SEASON, [unpaidRun, paid], '2027-01-10')).toBeNull();
  });
});
