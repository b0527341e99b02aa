import { recorded, scoreInput } from '../../test/rules.fixture';
import { forecastRisk } from './forecast-risk';

const fiveDaysLate = recorded('concord.hr.wage_payment.v1', '2026-05-15', {
  period: '2026-04',
  scheduledPayDate: '2026-05-10',
  actualPayDate: null,
  headcount: 80,
  workersDue: 80,
  workersPaid: 76,
  amountDueMinor: 48_000_000,
  amountPaidMinor: 47_040_000,
  currency: 'CNY',
});

describe('forecastRisk', () => {
  it('ages open arrears: 5 days late today is 35 and 65 days late if nothing is paid', () => {
    const [in30, in60] = forecastRisk(scoreInput([fiveDaysLate], '2026-05-15'));
    expect(in30).toMatchObject({ horizonDays: 30, day: '2026-06-14', level: 'YELLOW' });
    expect(in30.drivers[0]).toMatchObject({ ruleId: 'W1', points: 40, floor: 'YELLOW' });
    expect(in60).toMatchObject({ horizonDays: 60, day: '2026-07-14', level: 'YELLOW' });
  });

  it('lets a resolved condition decay: a late payment weighs less in 60 days than in 30', () => {
    const paidLate = recorded('concord.hr.wage_payment.v1', '2026-06-01', { ...fiveDaysLate.data, actualPayDate: '2026-06-01', workersPaid: 80, amountPaidMinor: 48_000_000 });
    const [in30, in60] = forecastRisk(scoreInput([fiveDaysLate, paidLate], '2026-06-01'), [30, 100]);
    const w1 = (forecast: typeof in30) => forecast.drivers.find((driver) => driver.ruleId === 'W1')?.points ?? 0;
    expect(w1(in30)).toBe(25);
    expect(w1(in60)).toBeLessThan(25);
  });
});
