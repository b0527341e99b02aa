import { measure, TEST_LEGAL, TEST_PROVINCE } from '../../../test/rules.fixture';
import { type WagePaymentEvent, paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { W4_CRIMINAL_THRESHOLD } from './w4-criminal-threshold.indicator';

const ASOF = '2024-05-20';
const PERIODS = [
  { period: '2024-01', scheduledPayDate: '2024-02-10' },
  { period: '2024-02', scheduledPayDate: '2024-03-10' },
  { period: '2024-03', scheduledPayDate: '2024-04-10' },
];
const ONE_WORKER = TEST_PROVINCE.criminalThresholdOneWorkerMinor;
const GROUP = TEST_PROVINCE.criminalThresholdGroupMinor;

/** One worker of a small workshop unpaid for `months` months, owed `totalMinor` in all. */
function oneWorkerOwed(months: number, totalMinor: number): WagePaymentEvent[] {
  const monthly = Math.floor(totalMinor / months);
  return PERIODS.slice(0, months).map(({ period, scheduledPayDate }, i) =>
    wagePayment(scheduledPayDate, {
      period,
      scheduledPayDate,
      headcount: 8,
      workersDue: 1,
      workersPaid: 0,
      // The first month takes the remainder, so the months add up to the total exactly.
      amountDueMinor: i === 0 ? totalMinor - monthly * (months - 1) : monthly,
      amountPaidMinor: 0,
    }),
  );
}

/** `workers` workers unpaid for January, owed `totalMinor` together. */
function groupOwed(workers: number, totalMinor: number): WagePaymentEvent[] {
  return [wagePayment('2024-02-10', { headcount: 60, workersDue: workers, workersPaid: 0, amountDueMinor: totalMinor, amountPaidMinor: 0 })];
}

describe('W4 arrears at the criminal threshold (TEST_PROVINCE)', () => {
  it.each`
    case                                           | events                              | value | level
    ${'one worker, 3 months, at the amount'}       | ${oneWorkerOwed(3, ONE_WORKER)}     | ${1}  | ${'RED'}
    ${'one worker, 3 months, one fen below'}       | ${oneWorkerOwed(3, ONE_WORKER - 1)} | ${0}  | ${'GREEN'}
    ${'one worker, 2 months, at the amount'}       | ${oneWorkerOwed(2, ONE_WORKER)}     | ${0}  | ${'GREEN'}
    ${'10 workers at the group amount'}            | ${groupOwed(10, GROUP)}             | ${1}  | ${'RED'}
    ${'10 workers one fen below the group amount'} | ${groupOwed(10, GROUP - 1)}         | ${0}  | ${'GREEN'}
    ${'9 workers at the group amount'}             | ${groupOwed(9, GROUP)}              | ${0}  | ${'GREEN'}
  `('$case: value $value, level $level', ({ events, value, level }) => {
    expect(measure(W4_CRIMINAL_THRESHOLD, events, ASOF)).toMatchObject({ value, unresolved: true, values: { province: TEST_PROVINCE.code } });
    const result = scoreWages(events, ASOF, { catalog: [W4_CRIMINAL_THRESHOLD] });
    expect(result.level).toBe(level);
    expect(result.fired.map((rule) => [rule.trigger, rule.floor])).toEqual(value ? [[true, 'RED']] : []);
    expect(result.score).toBe(0);
  });

  it('explains the amounts against the province thresholds', () => {
    expect(measure(W4_CRIMINAL_THRESHOLD, oneWorkerOwed(3, ONE_WORKER), ASOF)?.values).toEqual({
      monthsOwed: 3,
      perWorkerOwedMinor: ONE_WORKER,
      totalOwedMinor: ONE_WORKER,
      workersOwed: 1,
      thresholdOneWorkerMinor: ONE_WORKER,
      thresholdGroupMinor: GROUP,
      province: TEST_PROVINCE.code,
    });
  });

  it('reads the thresholds of the enterprise province, not constants', () => {
    const strict = { ...TEST_PROVINCE, code: 'CN-STRICT', criminalThresholdGroupMinor: GROUP / 2 };
    const legal = { ...TEST_LEGAL, provinces: { ...TEST_LEGAL.provinces, [strict.code]: strict } };
    expect(measure(W4_CRIMINAL_THRESHOLD, groupOwed(10, GROUP / 2), ASOF, { legal, profile: { province: strict.code } })?.value).toBe(1);
    expect(measure(W4_CRIMINAL_THRESHOLD, groupOwed(10, GROUP / 2), ASOF)?.value).toBe(0);
  });

  it('measures nothing once the arrears are paid', () => {
    const events = [...groupOwed(10, GROUP), paidInFull('2024-05-01', { headcount: 60, workersDue: 10, amountDueMinor: GROUP, amountPaidMinor: GROUP })];
    expect(measure(W4_CRIMINAL_THRESHOLD, events, ASOF)).toBeNull();
  });
});
