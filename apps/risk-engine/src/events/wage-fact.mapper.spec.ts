import type { WagePaymentV1 } from '@concord/contracts';
import { toWageFactRow, toWagePaymentFact } from './wage-fact.mapper';

function wageEvent(data: Partial<WagePaymentV1['data']> = {}): WagePaymentV1 {
  return {
    specversion: '1.0',
    id: 'evt-wage-2024-01',
    source: 'enterprise/hr',
    type: 'concord.hr.wage_payment.v1',
    subject: '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10',
    time: '2024-03-16T00:00:00Z',
    data: {
      period: '2024-01',
      scheduledPayDate: '2024-02-10',
      actualPayDate: null,
      headcount: 100,
      workersDue: 100,
      workersPaid: 88,
      amountDueMinor: 9_007_199_254_740_991,
      amountPaidMinor: 44_000_000,
      currency: 'CNY',
      ...data,
    },
  };
}

describe('wage fact mapping', () => {
  it('stores the event as a row keyed by event id and enterprise', () => {
    expect(toWageFactRow(wageEvent())).toEqual({
      eventId: 'evt-wage-2024-01',
      enterpriseId: '0b6f5c1e-3f1a-4c7e-9a51-6d2f4e8b7c10',
      period: '2024-01',
      scheduledPayDate: '2024-02-10',
      actualPayDate: null,
      headcount: 100,
      workersDue: 100,
      workersPaid: 88,
      amountDueMinor: '9007199254740991',
      amountPaidMinor: '44000000',
      supersedes: null,
    });
  });

  it('round-trips into the fact the features are derived from, amounts exact', () => {
    expect(toWagePaymentFact(toWageFactRow(wageEvent({ supersedes: 'evt-0', actualPayDate: '2024-02-12' })))).toEqual({
      eventId: 'evt-wage-2024-01',
      period: '2024-01',
      scheduledPayDate: '2024-02-10',
      actualPayDate: '2024-02-12',
      headcount: 100,
      workersDue: 100,
      workersPaid: 88,
      amountDueMinor: 9_007_199_254_740_991,
      amountPaidMinor: 44_000_000,
      supersedes: 'evt-0',
    });
  });

  it('leaves supersedes out when the event corrects nothing', () => {
    expect(toWagePaymentFact(toWageFactRow(wageEvent()))).not.toHaveProperty('supersedes');
  });
});
