import { addDays } from '../calendar-day.util';
import type { Level } from '../level.model';
import { assessOn, committeeMeeting, firedRule, onTimeWageRuns, payDateOf, reportedOn, scoreOn, verdict, wageRun } from '../../test/scenario.fixture';

/** Levels day by day from `first` to `last`, consecutive repeats merged: the changes a liaison sees. */
function levelChanges(levelOn: (day: string) => Level, first: string, last: string): Level[] {
  const changes: Level[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const level = levelOn(day);
    if (changes.at(-1) !== level) changes.push(level);
  }
  return changes;
}

describe('A supplier falls behind on wages month by month until the arrears are a crime', () => {
  // 120 workers on ¥6,000 a month, paid on the 10th. From February's pay a growing group is paid
  // ¥800 short every month; May's shortfall takes the total past the province's ¥30,000 for ten or
  // more workers (SPC 2013 No. 3 Art. 3). Everything owed is paid on 25 June.
  const HEADCOUNT = 120;
  const paidShort = (period: string, unpaid: number) =>
    wageRun({ period, scheduledPayDate: payDateOf(period), paidOn: null, headcount: HEADCOUNT, unpaid, owedPerWorker: 800_00 });
  const settled = (period: string) => wageRun({ period, scheduledPayDate: payDateOf(period), paidOn: '2026-06-25', headcount: HEADCOUNT });
  const story = [
    ...onTimeWageRuns('2026-01', '2026-01', HEADCOUNT),
    paidShort('2026-02', 6),
    committeeMeeting('2026-03-25'),
    paidShort('2026-03', 12),
    paidShort('2026-04', 12),
    paidShort('2026-05', 12),
    committeeMeeting('2026-06-18'),
    ...['2026-02', '2026-03', '2026-04', '2026-05'].map(settled),
  ];
  const on = (day: string) => assessOn(story, day);

  const GROUP_ARREARS = ['W1 +40 floor YELLOW', 'W2 +30 floor ORANGE', 'W3 +15'];
  it.each`
    day             | when                                                 | level       | score | fired                                                          | heldBy
    ${'2026-03-10'} | ${'February pay day, 6 workers paid short'}          | ${'GREEN'}  | ${0}  | ${[]}                                                          | ${null}
    ${'2026-03-12'} | ${'2 days late'}                                     | ${'GREEN'}  | ${10} | ${['W1 +10']}                                                  | ${null}
    ${'2026-03-20'} | ${'10 days late'}                                    | ${'BLUE'}   | ${25} | ${['W1 +25']}                                                  | ${null}
    ${'2026-04-10'} | ${'31 days late; March reported, not yet due'}       | ${'YELLOW'} | ${40} | ${['W1 +40 floor YELLOW']}                                     | ${null}
    ${'2026-04-11'} | ${'March late too: 12 workers, two periods running'} | ${'ORANGE'} | ${60} | ${GROUP_ARREARS}                                               | ${null}
    ${'2026-05-11'} | ${'March 31 days late for 12 workers'}               | ${'ORANGE'} | ${60} | ${[...GROUP_ARREARS, 'W3L floor ORANGE']}                      | ${null}
    ${'2026-06-10'} | ${'May reported: ¥24,000 owed, under ¥30,000'}       | ${'ORANGE'} | ${60} | ${[...GROUP_ARREARS, 'W3L floor ORANGE']}                      | ${null}
    ${'2026-06-11'} | ${'May late: ¥33,600 owed to 12 workers'}            | ${'RED'}    | ${60} | ${[...GROUP_ARREARS, 'W3L floor ORANGE', 'W4 trigger RED']}    | ${null}
    ${'2026-06-25'} | ${'all arrears paid'}                                | ${'RED'}    | ${60} | ${['W1 +40', 'W2 +30']}                                        | ${'2026-06-24 RED'}
    ${'2026-07-08'} | ${'13 days after payment'}                           | ${'RED'}    | ${60} | ${['W1 +40', 'W2 +30']}                                        | ${'2026-06-24 RED'}
    ${'2026-07-09'} | ${'14 days after payment'}                           | ${'ORANGE'} | ${60} | ${['W1 +40', 'W2 +30']}                                        | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the RED with the arrears against the provincial threshold', () => {
    const crossed = on('2026-06-11');
    expect(firedRule(crossed, 'W4').values).toMatchObject({
      monthsOwed: 4,
      workersOwed: 12,
      totalOwedMinor: 33_600_00,
      thresholdGroupMinor: 30_000_00,
      province: 'CN-TEST',
    });
    expect(firedRule(crossed, 'W2').values).toMatchObject({ consecutiveLatePeriods: 4, firstPeriod: '2026-02', lastPeriod: '2026-05' });
    expect(firedRule(crossed, 'W3L').values).toMatchObject({ workersOwed: 12, maxDaysLate: 93 });
    expect(firedRule(crossed, 'W1').values).toMatchObject({ maxDaysLate: 93, latePeriods: 4, openPeriods: 4 });
    expect(crossed.score.categories.wages).toEqual({ raw: 85, capped: 60, cap: 60 });
  });
});

describe('Arrears that clear and recur inside the hysteresis window do not make the level flap', () => {
  // 80 workers; five of them are paid two to three weeks late three months running. Each time the
  // run is paid, the next one falls due within 14 days, so the ORANGE of two consecutive late
  // periods must hold throughout, and drop only 14 days after the last arrears are paid.
  const HEADCOUNT = 80;
  const owed = (period: string) => wageRun({ period, scheduledPayDate: payDateOf(period), paidOn: null, headcount: HEADCOUNT, unpaid: 5 });
  const paid = (period: string, paidOn: string) => wageRun({ period, scheduledPayDate: payDateOf(period), paidOn, headcount: HEADCOUNT });
  const story = [
    owed('2026-04'),
    paid('2026-04', '2026-05-24'),
    owed('2026-05'),
    committeeMeeting('2026-06-25'),
    paid('2026-05', '2026-07-03'),
    owed('2026-06'),
    paid('2026-06', '2026-07-29'),
    ...onTimeWageRuns('2026-07', '2026-08', HEADCOUNT),
    committeeMeeting('2026-09-01'),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                          | level       | score | fired                                | heldBy
    ${'2026-05-17'} | ${'April 7 days late'}                        | ${'GREEN'}  | ${10} | ${['W1 +10']}                        | ${null}
    ${'2026-05-24'} | ${'April paid, 14 days late'}                 | ${'BLUE'}   | ${25} | ${['W1 +25']}                        | ${null}
    ${'2026-06-11'} | ${'May late: two periods running'}            | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30 floor ORANGE']} | ${null}
    ${'2026-07-03'} | ${'May paid: condition cleared'}              | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30']}              | ${'2026-07-02 ORANGE'}
    ${'2026-07-10'} | ${'June pay day, 7 days after clearing'}      | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30']}              | ${'2026-07-02 ORANGE'}
    ${'2026-07-11'} | ${'June late: the condition is back'}         | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30 floor ORANGE']} | ${null}
    ${'2026-07-29'} | ${'June paid'}                                | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30']}              | ${'2026-07-28 ORANGE'}
    ${'2026-08-11'} | ${'13 days after the last arrears were paid'} | ${'ORANGE'} | ${55} | ${['W1 +25', 'W2 +30']}              | ${'2026-07-28 ORANGE'}
    ${'2026-08-12'} | ${'14 days after: drops to the band'}         | ${'YELLOW'} | ${55} | ${['W1 +25', 'W2 +30']}              | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('changes level only on the way up and once on the way down, though the computed level flaps', () => {
    expect(levelChanges((day) => scoreOn(story, day).level, '2026-05-10', '2026-09-30')).toEqual(['GREEN', 'BLUE', 'ORANGE', 'YELLOW', 'ORANGE', 'YELLOW']);
    expect(levelChanges((day) => on(day).level, '2026-05-10', '2026-09-30')).toEqual(['GREEN', 'BLUE', 'ORANGE', 'YELLOW']);
  });
});

describe('A union-approved deferral halves W1 and caps the level at YELLOW until it expires', () => {
  // 100 workers; June's performance pay (¥800 each) is owed to 30 of them. The union approved
  // paying it by 20 August. W3L's ORANGE floor (30 workers, over 30 days) is held to YELLOW while
  // the deferral runs; the day after the pay-by date the enterprise is ORANGE.
  const JUNE = { period: '2026-06', scheduledPayDate: '2026-07-10', headcount: 100 };
  const deferred = wageRun({ ...JUNE, paidOn: null, unpaid: 30, owedPerWorker: 800_00, deferredUntil: '2026-08-20' });
  const before = [...onTimeWageRuns('2026-04', '2026-05', 100), committeeMeeting('2026-06-20')];
  const story = [...before, deferred, wageRun({ ...JUNE, paidOn: '2026-08-25', deferredUntil: '2026-08-20' })];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                        | level       | score   | fired                                                           | heldBy
    ${'2026-07-20'} | ${'10 days past the pay date, deferred'}    | ${'BLUE'}   | ${27.5} | ${['W1 +12.5', 'W3 +15', 'W7 +0']}                              | ${null}
    ${'2026-08-11'} | ${'32 days: W3L floor ORANGE, capped'}      | ${'YELLOW'} | ${35}   | ${['W1 +20 floor YELLOW', 'W3 +15', 'W3L floor ORANGE', 'W7 +0']} | ${null}
    ${'2026-08-20'} | ${'the pay-by date'}                        | ${'YELLOW'} | ${35}   | ${['W1 +20 floor YELLOW', 'W3 +15', 'W3L floor ORANGE', 'W7 +0']} | ${null}
    ${'2026-08-21'} | ${'deferral expired, still unpaid'}         | ${'ORANGE'} | ${55}   | ${['W1 +40 floor YELLOW', 'W3 +15', 'W3L floor ORANGE']}        | ${null}
    ${'2026-08-25'} | ${'paid, 46 days late'}                     | ${'ORANGE'} | ${40}   | ${['W1 +40']}                                                   | ${'2026-08-24 ORANGE'}
    ${'2026-09-08'} | ${'14 days after payment'}                  | ${'YELLOW'} | ${40}   | ${['W1 +40']}                                                   | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('names the ceiling and the pay-by date in the explanation', () => {
    const capped = on('2026-08-11');
    expect(capped.score).toMatchObject({ band: 'BLUE', ceiling: 'YELLOW' });
    expect(firedRule(capped, 'W7').values).toEqual({ value: 1, deferredPeriods: 1, payBy: '2026-08-20' });
    expect(firedRule(capped, 'W1').summary).toContain('(mitigated)');
  });

  it('scores the same arrears without the deferral at full weight', () => {
    const undeferred = [...before, wageRun({ ...JUNE, paidOn: null, unpaid: 30, owedPerWorker: 800_00 })];
    expect(verdict(assessOn(undeferred, '2026-07-20'))).toEqual({ level: 'YELLOW', score: 40, fired: ['W1 +25', 'W3 +15'], heldBy: null });
    expect(verdict(assessOn(undeferred, '2026-08-11')).level).toBe('ORANGE');
  });

  it('counts wages paid by the pay-by date as never late, the level held 14 days only', () => {
    const paidAsAgreed = [...before, deferred, wageRun({ ...JUNE, paidOn: '2026-08-15', deferredUntil: '2026-08-20' })];
    expect(verdict(assessOn(paidAsAgreed, '2026-08-15'))).toEqual({ level: 'YELLOW', score: 0, fired: [], heldBy: '2026-08-14 YELLOW' });
    expect(verdict(assessOn(paidAsAgreed, '2026-08-29'))).toEqual({ level: 'GREEN', score: 0, fired: [], heldBy: null });
  });
});

describe('A resolved late payment fades: full weight for 30 days, reduced at 100, gone at 180', () => {
  // 60 workers; January's wages reach 8 of them 15 days late, on 25 February. Every later run is
  // on time and the committee meets every quarter, so only the late payment's weight changes.
  const PAID_ON = '2026-02-25';
  const story = [
    wageRun({ period: '2026-01', scheduledPayDate: '2026-02-10', paidOn: null, headcount: 60, unpaid: 8 }),
    wageRun({ period: '2026-01', scheduledPayDate: '2026-02-10', paidOn: PAID_ON, headcount: 60 }),
    ...onTimeWageRuns('2026-02', '2026-08', 60),
    ...['2026-03-01', '2026-05-20', '2026-08-10'].map(committeeMeeting),
  ];

  it.each`
    daysAfter | level      | score    | fired            | weight
    ${0}      | ${'BLUE'}  | ${25}    | ${['W1 +25']}    | ${1}
    ${30}     | ${'BLUE'}  | ${25}    | ${['W1 +25']}    | ${1}
    ${31}     | ${'BLUE'}  | ${24.8}  | ${['W1 +24.83']} | ${0.99}
    ${100}    | ${'GREEN'} | ${13.3}  | ${['W1 +13.33']} | ${0.53}
    ${180}    | ${'GREEN'} | ${0}     | ${['W1 +0']}     | ${0}
    ${181}    | ${'GREEN'} | ${0}     | ${[]}            | ${null}
  `('$daysAfter days after the payment: $score points', ({ daysAfter, level, score, fired, weight }) => {
    const assessment = assessOn(story, addDays(PAID_ON, daysAfter as number));
    expect(verdict(assessment)).toEqual({ level, score, fired, heldBy: null });
    expect(assessment.score.fired.find((rule) => rule.ruleId === 'W1')?.weight ?? null).toBe(weight);
  });
});

describe('A correction removes arrears reported by mistake', () => {
  // 100 workers paid in full on 10 May; the payroll clerk first reports 40 of them unpaid. The
  // correction names the wrong report (`supersedes`) and arrives two days later: from then on the
  // arrears never existed, so no level is held for them either.
  const APRIL = { period: '2026-04', scheduledPayDate: '2026-05-10', headcount: 100 };
  const mistaken = wageRun({ ...APRIL, paidOn: null, unpaid: 40 });
  const correction = wageRun({ ...APRIL, paidOn: '2026-05-10', supersedes: mistaken.id });
  const story = [...onTimeWageRuns('2026-03', '2026-03', 100), committeeMeeting('2026-04-20'), mistaken, reportedOn('2026-05-12', correction)];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                               | level      | score | fired                                             | heldBy
    ${'2026-05-11'} | ${'only the mistaken report known'} | ${'RED'}   | ${35} | ${['W1 +10', 'W3 +15', 'W4 trigger RED', 'W6 +10']} | ${null}
    ${'2026-05-12'} | ${'the correction arrives'}         | ${'GREEN'} | ${0}  | ${[]}                                             | ${null}
    ${'2026-05-25'} | ${'two weeks later'}                | ${'GREEN'} | ${0}  | ${[]}                                             | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });
});
