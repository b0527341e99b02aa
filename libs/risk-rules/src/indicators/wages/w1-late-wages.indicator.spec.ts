import { measure } from '../../../test/rules.fixture';
import { paidInFull, scoreWages, wagePayment } from '../../../test/wage-payment.fixture';
import { addDays } from '../../calendar-day.util';
import { W1_LATE_WAGES } from './w1-late-wages.indicator';

const DUE = '2024-02-10';
const score = (events: Parameters<typeof scoreWages>[0], asOf: string) => scoreWages(events, asOf, { catalog: [W1_LATE_WAGES] });

describe('W1 wages late', () => {
  it.each`
    daysLate | points | floor       | level
    ${0}     | ${0}   | ${null}     | ${'GREEN'}
    ${1}     | ${10}  | ${null}     | ${'GREEN'}
    ${7}     | ${10}  | ${null}     | ${'GREEN'}
    ${8}     | ${25}  | ${null}     | ${'BLUE'}
    ${30}    | ${25}  | ${null}     | ${'BLUE'}
    ${31}    | ${40}  | ${'YELLOW'} | ${'YELLOW'}
  `('scores unpaid wages $daysLate days late: +$points, floor $floor', ({ daysLate, points, floor, level }) => {
    const events = [wagePayment('2024-02-01')];
    const asOf = addDays(DUE, daysLate as number);
    const result = score(events, asOf);
    expect(measure(W1_LATE_WAGES, events, asOf)?.value ?? 0).toBe(daysLate);
    expect(result.score).toBe(points);
    expect(result.level).toBe(level);
    expect(result.fired.map((rule) => [rule.tierPoints, rule.floor])).toEqual(points > 0 ? [[points, floor]] : []);
  });

  it('measures the worst late run, counting open and recently late runs', () => {
    const events = [
      paidInFull('2024-02-20'),
      wagePayment('2024-03-11', { period: '2024-02', scheduledPayDate: '2024-03-10' }),
      paidInFull('2024-04-10', { period: '2024-03', scheduledPayDate: '2024-04-10' }),
    ];
    expect(measure(W1_LATE_WAGES, events, '2024-03-15')).toEqual({
      value: 10,
      values: { maxDaysLate: 10, latePeriods: 2, openPeriods: 1 },
      evidenceEventIds: [events[0].id, events[1].id].sort(),
      lastEvidenceDay: '2024-03-15',
      unresolved: true,
    });
  });

  it.each`
    case                        | events                                                   | value | unresolved | floor
    ${'still unpaid'}           | ${[wagePayment('2024-02-01')]}                           | ${39} | ${true}    | ${'YELLOW'}
    ${'paid late and resolved'} | ${[wagePayment('2024-02-01'), paidInFull('2024-03-15')]} | ${34} | ${false}   | ${null}
  `('applies the > 30 days floor only while the wages are $case', ({ events, value, unresolved, floor }) => {
    expect(measure(W1_LATE_WAGES, events, '2024-03-20')).toMatchObject({ value, unresolved });
    expect(score(events, '2024-03-20').fired[0]).toMatchObject({ tierPoints: 40, floor });
  });

  it('keeps a late payment for 180 days after it was made (recency weighs it down meanwhile)', () => {
    const events = [paidInFull('2024-02-20')];
    expect(measure(W1_LATE_WAGES, events, addDays('2024-02-20', 180))).toMatchObject({ value: 10, lastEvidenceDay: '2024-02-20', unresolved: false });
    expect(measure(W1_LATE_WAGES, events, addDays('2024-02-20', 181))).toBeNull();
  });

  it.each`
    case                                    | events
    ${'no wage runs'}                       | ${[]}
    ${'a run reported before its pay date'} | ${[wagePayment('2024-02-01', { scheduledPayDate: '2024-03-10' })]}
    ${'a run paid on time'}                 | ${[paidInFull(DUE)]}
  `('measures nothing for $case', ({ events }) => {
    expect(measure(W1_LATE_WAGES, events, '2024-03-01')).toBeNull();
  });

  it.each`
    case                               | deferral                                           | value
    ${'within the approved deferral'}  | ${{ approvedByUnion: true, payBy: '2024-03-15' }}  | ${null}
    ${'after the approved deferral'}   | ${{ approvedByUnion: true, payBy: '2024-03-14' }}  | ${34}
    ${'under a deferral not approved'} | ${{ approvedByUnion: false, payBy: '2024-03-15' }} | ${34}
  `('counts wages paid on 2024-03-15 $case as $value days late', ({ deferral, value }) => {
    const events = [wagePayment('2024-02-01', { deferral }), paidInFull('2024-03-15', { deferral })];
    expect(measure(W1_LATE_WAGES, events, '2024-03-20')?.value ?? null).toBe(value);
  });

  it('reads the later report of a period: a payment closes the run an earlier report left unpaid', () => {
    const events = [wagePayment('2024-02-12'), paidInFull('2024-02-15')];
    expect(measure(W1_LATE_WAGES, events, '2024-03-20')).toMatchObject({ value: 5, unresolved: false, evidenceEventIds: [events[1].id] });
  });

  it('reads a correction in place of the event it supersedes', () => {
    const wrong = paidInFull('2024-02-11', {}, 'evt-w1-wrong');
    const correction = wagePayment('2024-02-12', { supersedes: 'evt-w1-wrong' });
    expect(measure(W1_LATE_WAGES, [wrong, correction], '2024-03-20')).toMatchObject({ value: 39, unresolved: true, evidenceEventIds: [correction.id] });
  });
});
