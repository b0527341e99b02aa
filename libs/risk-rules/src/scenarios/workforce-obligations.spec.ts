import {
  assessOn,
  committeeMeeting,
  contractExpiry,
  firedRule,
  headcountReport,
  insuranceMonth,
  onTimeWageRuns,
  payDateOf,
  renewalDecision,
  verdict,
  workingTimeMonth,
} from '../../test/scenario.fixture';

describe('Social insurance unpaid for six months, then cleared', () => {
  // 100 workers; from January no contributions are paid. Each month's report, on the 15th of the
  // next, counts one more month in arrears; July's report (14 August) shows everything paid.
  const arrears = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].map((period, i) =>
    insuranceMonth({ period, reportedOn: payDateOf(period, 15), employed: 100, monthsInArrears: i + 1 }),
  );
  const CLEARED_ON = '2026-08-14';
  const story = [
    ...arrears,
    insuranceMonth({ period: '2026-07', reportedOn: CLEARED_ON, employed: 100 }),
    ...['2026-03-20', '2026-06-10', '2026-08-30'].map(committeeMeeting),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                  | level       | score | fired                        | heldBy
    ${'2026-02-15'} | ${'1 month in arrears'}               | ${'GREEN'}  | ${10} | ${['S1 +10']}                | ${null}
    ${'2026-03-15'} | ${'2 months'}                         | ${'BLUE'}   | ${20} | ${['S1 +20']}                | ${null}
    ${'2026-04-15'} | ${'3 months'}                         | ${'YELLOW'} | ${35} | ${['S1 +35 floor YELLOW']}   | ${null}
    ${'2026-06-15'} | ${'5 months'}                         | ${'YELLOW'} | ${35} | ${['S1 +35 floor YELLOW']}   | ${null}
    ${'2026-07-15'} | ${'6 months'}                         | ${'ORANGE'} | ${35} | ${['S1 +35 floor ORANGE']}   | ${null}
    ${'2026-08-14'} | ${'all arrears paid'}                 | ${'ORANGE'} | ${35} | ${['S1 +35']}                | ${'2026-08-13 ORANGE'}
    ${'2026-08-27'} | ${'13 days after'}                    | ${'ORANGE'} | ${35} | ${['S1 +35']}                | ${'2026-08-13 ORANGE'}
    ${'2026-08-28'} | ${'14 days after'}                    | ${'BLUE'}   | ${35} | ${['S1 +35']}                | ${null}
    ${'2026-11-12'} | ${'90 days after: weight 0.6'}        | ${'BLUE'}   | ${21} | ${['S1 +21']}                | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the arrears and the report that cleared them', () => {
    expect(firedRule(on('2026-07-15'), 'S1').values).toEqual({ value: 6, monthsInArrears: 6, period: '2026-06' });
    expect(firedRule(on(CLEARED_ON), 'S1').values).toEqual({ value: 6, monthsInArrears: 6, period: '2026-06', clearedInPeriod: '2026-07' });
  });
});

describe('A month of overtime over the legal limit, paid below 150 %', () => {
  // 200 workers. April's summary: 12 workers (6 %) over 36 h. May's: 45 workers (22.5 %) over the
  // limit, one at 80 h, overtime paid at 1.2 × — H1, H2 and H5 together pass the hours cap of 40.
  // June's summary is lawful again.
  // DOMAIN.md §3: evidence keeps full weight for 30 days after it, then decays to zero at 180
  // days, so June's lawful month must not erase May's underpaid overtime at once (as W5 keeps a
  // month paid below the minimum wage after later months are paid properly).
  const story = [
    ...onTimeWageRuns('2026-04', '2026-06', 200),
    workingTimeMonth({ period: '2026-04', reportedOn: '2026-05-06', headcount: 200, workersOver36h: 12, maxOvertimeHours: 52 }),
    committeeMeeting('2026-05-15'),
    workingTimeMonth({
      period: '2026-05',
      reportedOn: '2026-06-05',
      headcount: 200,
      workersOver36h: 45,
      maxOvertimeHours: 80,
      overtimePayMultiple: 1.2,
      daysOver3hOvertime: 14,
      weeksWithoutRestDay: 2,
    }),
    workingTimeMonth({ period: '2026-06', reportedOn: '2026-07-06', headcount: 200, workersOver36h: 6, maxOvertimeHours: 40 }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                  | level       | score | fired
    ${'2026-05-06'} | ${'April: 6 % over 36 h'}             | ${'GREEN'}  | ${10} | ${['H1 +10']}
    ${'2026-06-05'} | ${'May: 22.5 % over, 80 h, 1.2 ×'}    | ${'YELLOW'} | ${40} | ${['H1 +20', 'H2 +15', 'H5 +20']}
  `('$day, $when: $level', ({ day, level, score, fired }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy: null });
  });

  it('explains each breach against the law', () => {
    const may = on('2026-06-05');
    expect(firedRule(may, 'H1').values).toMatchObject({ workersOverLimit: 45, workforce: 200, shareOverLimit: 0.225, limitHours: 36, period: '2026-05' });
    expect(firedRule(may, 'H2').values).toMatchObject({ maxOvertimeHoursPerWorker: 80 });
    expect(firedRule(may, 'H5').values).toMatchObject({ overtimePayMultiple: 1.2, minimumMultiple: 1.5 });
    expect(may.score.categories.hours).toEqual({ raw: 55, capped: 40, cap: 40 });
  });

  it.each`
    day             | when
    ${'2026-07-06'} | ${'June lawful, May 31 days old'}
    ${'2026-07-20'} | ${'May 45 days old'}
  `('still counts May on $day ($when): YELLOW by its own score, not held', ({ day }) => {
    const assessment = on(day);
    expect({ level: assessment.level, score: assessment.score.score, heldBy: assessment.heldBy }).toEqual({ level: 'YELLOW', score: 40, heldBy: null });
    expect(assessment.score.fired.map((rule) => rule.ruleId)).toEqual(['H1', 'H2', 'H5']);
  });
});

describe('Contracts expiring for a quarter of the workforce, and hires without written contracts', () => {
  // 200 workers. On 2 March 14 workers hired in January still have no written contract (LCL Art.
  // 10). On 15 March the enterprise schedules 50 contracts to expire on 31 May: a forecast, counted
  // once the expiry is within 60 days. On 20 April it renews 40 of them.
  const story = [
    ...onTimeWageRuns('2026-01', '2026-03', 200),
    headcountReport({ effectiveOn: '2026-03-02', before: 190, after: 200, reason: 'hiring', withoutWrittenContract: 14 }),
    contractExpiry({ reportedOn: '2026-03-15', expiresOn: '2026-05-31', workers: 50, headcount: 200 }),
    committeeMeeting('2026-03-20'),
    renewalDecision({ decidedOn: '2026-04-20', expiresOn: '2026-05-31', workers: 50, renewed: 40 }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                       | level      | score | fired                   | heldBy
    ${'2026-03-02'} | ${'14 workers without a written contract'} | ${'GREEN'} | ${10} | ${['K1 +10']}           | ${null}
    ${'2026-03-15'} | ${'expiry scheduled 77 days ahead'}        | ${'GREEN'} | ${10} | ${['K1 +10']}           | ${null}
    ${'2026-04-01'} | ${'expiry 60 days ahead: 25 %'}            | ${'BLUE'}  | ${25} | ${['K1 +10', 'K2 +15']} | ${null}
    ${'2026-04-20'} | ${'40 of 50 renewed: 5 % expiring'}        | ${'BLUE'}  | ${10} | ${['K1 +10']}           | ${'2026-04-19 BLUE'}
    ${'2026-05-04'} | ${'14 days after the renewals'}            | ${'GREEN'} | ${10} | ${['K1 +10']}           | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the forecast', () => {
    expect(firedRule(on('2026-04-01'), 'K2').values).toMatchObject({ expiringWorkers: 50, scheduledWorkers: 50, renewedWorkers: 0, workforce: 200, shareExpiring: 0.25, firstExpiry: '2026-05-31' });
    expect(firedRule(on('2026-04-01'), 'K1').values).toMatchObject({ workersWithoutWrittenContract: 14, workforce: 200, shareWithoutContract: 0.07 });
  });
});
