import { MONTHLY_WAGE_MINOR, paidInFull, wagePayment } from '../../../test/wage-payment.fixture';
import { EnterpriseHistory, type RecordedEvent } from '../../history/enterprise-history';
import { lateRuns, newestDay, wageRuns } from './wage-runs';

function runsOn(asOf: string, events: readonly RecordedEvent[]) {
  return wageRuns({ history: EnterpriseHistory.of(events), asOf });
}

describe('wageRuns', () => {
  it.each`
    asOf            | daysLate | open
    ${'2024-02-01'} | ${0}     | ${false}
    ${'2024-02-10'} | ${0}     | ${false}
    ${'2024-02-11'} | ${1}     | ${true}
    ${'2024-03-16'} | ${35}    | ${true}
  `('counts an unpaid run due 2024-02-10 as $daysLate days late (open: $open) on $asOf', ({ asOf, daysLate, open }) => {
    const [run] = runsOn(asOf, [wagePayment('2024-02-01', { workersPaid: 88 })]);
    expect(run).toMatchObject({ period: '2024-01', daysLate, open, workersOwed: 12, amountOwedMinor: 12 * MONTHLY_WAGE_MINOR, lastDay: asOf });
  });

  it.each`
    case                       | actualPayDate   | daysLate
    ${'early'}                 | ${'2024-02-08'} | ${0}
    ${'on the pay date'}       | ${'2024-02-10'} | ${0}
    ${'one day late'}          | ${'2024-02-11'} | ${1}
    ${'thirty-five days late'} | ${'2024-03-16'} | ${35}
  `('closes a run paid in full $case: late until the payment, not until the evaluation day', ({ actualPayDate, daysLate }) => {
    const [run] = runsOn('2024-06-01', [paidInFull(actualPayDate)]);
    expect(run).toMatchObject({ daysLate, open: false, workersOwed: 0, amountOwedMinor: 0, lastDay: actualPayDate });
  });

  it.each`
    deferral                                           | actualPayDate   | daysLate
    ${{ approvedByUnion: true, payBy: '2024-03-10' }}  | ${'2024-03-10'} | ${0}
    ${{ approvedByUnion: true, payBy: '2024-03-10' }}  | ${'2024-03-11'} | ${30}
    ${{ approvedByUnion: false, payBy: '2024-03-10' }} | ${'2024-03-01'} | ${20}
  `('counts wages paid in full on $actualPayDate under the deferral $deferral as $daysLate days late', ({ deferral, actualPayDate, daysLate }) => {
    const [run] = runsOn('2024-04-01', [paidInFull(actualPayDate, { deferral })]);
    expect(run).toMatchObject({ daysLate, open: false });
  });

  it.each`
    case                       | fields
    ${'some workers unpaid'}   | ${{ workersPaid: 90 }}
    ${'the amount paid short'} | ${{ workersPaid: 100, amountPaidMinor: 100 * MONTHLY_WAGE_MINOR - 1 }}
  `('keeps a run with a pay date but $case open until the evaluation day', ({ fields }) => {
    const [run] = runsOn('2024-03-01', [wagePayment('2024-02-20', { actualPayDate: '2024-02-20', ...fields })]);
    expect(run).toMatchObject({ daysLate: 20, open: true, lastDay: '2024-03-01' });
  });

  it('lets the later report of a period replace the earlier one, whatever order they arrive in', () => {
    const unpaid = wagePayment('2024-02-12');
    const payment = paidInFull('2024-02-20');
    for (const events of [
      [unpaid, payment],
      [payment, unpaid],
    ]) {
      const runs = runsOn('2024-03-01', events);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ event: payment, daysLate: 10, open: false });
    }
  });

  it('on one business day, takes the report with the later id', () => {
    const first = wagePayment('2024-02-20', {}, 'evt-a');
    const second = paidInFull('2024-02-20', {}, 'evt-b');
    expect(runsOn('2024-03-01', [second, first])[0].event.id).toBe('evt-b');
  });

  it('replaces an event by its correction, even one reported earlier in business time', () => {
    const wrong = paidInFull('2024-02-10', {}, 'evt-wrong');
    const correction = wagePayment('2024-02-09', { supersedes: 'evt-wrong', workersPaid: 40 });
    const [run] = runsOn('2024-03-01', [wrong, correction]);
    expect(run).toMatchObject({ event: correction, open: true, workersOwed: 60 });
  });

  it('keeps one run per period, in period order', () => {
    const runs = runsOn('2024-04-20', [
      wagePayment('2024-04-11', { period: '2024-03', scheduledPayDate: '2024-04-10' }),
      paidInFull('2024-02-10', { period: '2024-01' }),
      wagePayment('2024-03-11', { period: '2024-02', scheduledPayDate: '2024-03-10' }),
    ]);
    expect(runs.map((run) => [run.period, run.daysLate, run.open])).toEqual([
      ['2024-01', 0, false],
      ['2024-02', 41, true],
      ['2024-03', 10, true],
    ]);
  });
});

describe('lateRuns', () => {
  const runs = (asOf: string) => runsOn(asOf, [paidInFull('2024-02-20'), wagePayment('2024-03-11', { period: '2024-02', scheduledPayDate: '2024-03-10' })]);

  it.each`
    asOf            | periods
    ${'2024-08-18'} | ${['2024-01', '2024-02']}
    ${'2024-08-19'} | ${['2024-02']}
  `('keeps a run paid late for 180 days after its payment, and an open run always ($asOf)', ({ asOf, periods }) => {
    expect(lateRuns(runs(asOf), asOf, 180).map((run) => run.period)).toEqual(periods);
  });

  it('leaves out runs paid on time', () => {
    expect(lateRuns(runsOn('2024-03-01', [paidInFull('2024-02-10')]), '2024-03-01', 180)).toEqual([]);
  });
});

describe('newestDay', () => {
  it('takes the latest ISO day', () => {
    expect(newestDay(['2024-02-10', '2024-03-01', '2023-12-31'])).toBe('2024-03-01');
  });
});
