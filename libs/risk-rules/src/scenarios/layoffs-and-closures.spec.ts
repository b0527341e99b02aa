import {
  assessOn,
  committeeMeeting,
  firedRule,
  headcountReport,
  layoffPlan,
  onTimeWageRuns,
  reportedOn,
  statusChange,
  terminationBatch,
  verdict,
  wageRun,
} from '../../test/scenario.fixture';

/** 200 workers paid on time through April and May, the committee meeting in June. */
const BEFORE_THE_LAYOFF = [...onTimeWageRuns('2026-04', '2026-05', 200), committeeMeeting('2026-06-20')];

describe('A mass layoff without the 30-day procedure is RED until it settles', () => {
  // 30 of 200 workers dismissed on 10 June, announced on 1 June without explaining it to the union
  // (LCL Art. 41 asks for 30 days). Severance is paid short at first, in full on 5 August.
  const plan = layoffPlan({ headcountBefore: 200, workersAffected: 30, announcedOn: '2026-06-01', effectiveOn: '2026-06-10', thirtyDayProcedure: false });
  const story = [
    ...BEFORE_THE_LAYOFF,
    plan,
    terminationBatch({ plan, terminatedOn: '2026-06-10', severancePaidMinor: 360_000_00 }),
    headcountReport({ effectiveOn: '2026-06-10', before: 200, after: 170, reason: 'layoff' }),
    terminationBatch({ plan, terminatedOn: '2026-06-10', day: '2026-08-05' }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                   | level      | score | fired                             | heldBy
    ${'2026-05-31'} | ${'before the announcement'}           | ${'GREEN'} | ${0}  | ${[]}                             | ${null}
    ${'2026-06-01'} | ${'announced with 9 days notice'}      | ${'RED'}   | ${0}  | ${['L1b trigger RED']}            | ${null}
    ${'2026-06-10'} | ${'dismissed, severance short'}        | ${'RED'}   | ${20} | ${['L1b trigger RED', 'L5 +20']}  | ${null}
    ${'2026-07-10'} | ${'30 days after the dismissals'}      | ${'RED'}   | ${20} | ${['L1b trigger RED', 'L5 +20']}  | ${null}
    ${'2026-07-11'} | ${'layoff settled, severance owed'}    | ${'RED'}   | ${20} | ${['L5 +20']}                     | ${'2026-07-10 RED'}
    ${'2026-07-24'} | ${'13 days after it settled'}          | ${'RED'}   | ${20} | ${['L5 +20']}                     | ${'2026-07-10 RED'}
    ${'2026-07-25'} | ${'14 days after it settled'}          | ${'BLUE'}  | ${20} | ${['L5 +20']}                     | ${null}
    ${'2026-08-05'} | ${'severance paid in full'}            | ${'BLUE'}  | ${0}  | ${[]}                             | ${'2026-08-04 BLUE'}
    ${'2026-08-19'} | ${'14 days after the severance'}       | ${'GREEN'} | ${0}  | ${[]}                             | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the trigger with the notice given and the notice the law asks', () => {
    expect(firedRule(on('2026-06-01'), 'L1b').values).toMatchObject({
      workersAffected: 30,
      headcountBefore: 200,
      shareAffected: 0.15,
      noticeDays: 9,
      procedureDeclared: 'no',
      requiredNoticeDays: 30,
    });
    expect(firedRule(on('2026-06-10'), 'L5').values).toMatchObject({ severanceOwedMinor: 180_000_00, severanceDueMinor: 540_000_00, workersInShortBatches: 30 });
  });
});

describe('The same mass layoff with the 30-day procedure holds ORANGE, not RED', () => {
  // Explained to the union on 11 May, 30 days before the dismissals, reported to the labor bureau.
  const plan = layoffPlan({ headcountBefore: 200, workersAffected: 30, announcedOn: '2026-05-11', effectiveOn: '2026-06-10', thirtyDayProcedure: true });
  const story = [
    ...BEFORE_THE_LAYOFF,
    plan,
    terminationBatch({ plan, terminatedOn: '2026-06-10' }),
    headcountReport({ effectiveOn: '2026-06-10', before: 200, after: 170, reason: 'layoff' }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                | level       | score | fired                   | heldBy
    ${'2026-05-10'} | ${'before the announcement'}        | ${'GREEN'}  | ${0}  | ${[]}                   | ${null}
    ${'2026-05-11'} | ${'announced with 30 days notice'}  | ${'ORANGE'} | ${0}  | ${['L1 floor ORANGE']}  | ${null}
    ${'2026-06-10'} | ${'dismissed, severance paid'}      | ${'ORANGE'} | ${0}  | ${['L1 floor ORANGE']}  | ${null}
    ${'2026-07-10'} | ${'30 days after the dismissals'}   | ${'ORANGE'} | ${0}  | ${['L1 floor ORANGE']}  | ${null}
    ${'2026-07-11'} | ${'layoff settled'}                 | ${'ORANGE'} | ${0}  | ${[]}                   | ${'2026-07-10 ORANGE'}
    ${'2026-07-25'} | ${'14 days after it settled'}       | ${'GREEN'}  | ${0}  | ${[]}                   | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('is RED after all when the procedure is declared but the notice is a day short', () => {
    const rushed = layoffPlan({ headcountBefore: 200, workersAffected: 30, announcedOn: '2026-05-12', effectiveOn: '2026-06-10', thirtyDayProcedure: true });
    const assessment = assessOn([...BEFORE_THE_LAYOFF, rushed], '2026-05-12');
    expect(verdict(assessment)).toEqual({ level: 'RED', score: 0, fired: ['L1b trigger RED'], heldBy: null });
    expect(firedRule(assessment, 'L1b').values).toMatchObject({ noticeDays: 29, procedureDeclared: 'yes' });
  });
});

describe('A factory closes owing its last wages: ORANGE for the closure, RED while wages are owed', () => {
  // 60 workers. The closure on 30 September is announced on 20 August; September's wages, due
  // 10 October, leave 8 workers owed ¥3,000 each until 26 October.
  const SEPTEMBER = { period: '2026-09', scheduledPayDate: '2026-10-10', headcount: 60 };
  const story = [
    ...onTimeWageRuns('2026-06', '2026-08', 60),
    statusChange({ status: 'closure', effectiveOn: '2026-09-30', announcedOn: '2026-08-20', headcount: 60, workersAffected: 60 }),
    committeeMeeting('2026-08-25'),
    wageRun({ ...SEPTEMBER, paidOn: null, unpaid: 8, owedPerWorker: 3_000_00 }),
    wageRun({ ...SEPTEMBER, paidOn: '2026-10-26' }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                  | level       | score | fired                               | heldBy
    ${'2026-08-19'} | ${'before the announcement'}          | ${'GREEN'}  | ${0}  | ${[]}                               | ${null}
    ${'2026-08-20'} | ${'closure announced'}                | ${'ORANGE'} | ${0}  | ${['B3 floor ORANGE']}              | ${null}
    ${'2026-10-10'} | ${'last pay day'}                     | ${'ORANGE'} | ${0}  | ${['B3 floor ORANGE']}              | ${null}
    ${'2026-10-11'} | ${'8 workers owed their last wages'}  | ${'RED'}    | ${10} | ${['W1 +10', 'B3 trigger RED']}     | ${null}
    ${'2026-10-26'} | ${'paid 16 days late'}                | ${'RED'}    | ${25} | ${['W1 +25', 'B3 floor ORANGE']}    | ${'2026-10-25 RED'}
    ${'2026-11-08'} | ${'13 days after payment'}            | ${'RED'}    | ${25} | ${['W1 +25', 'B3 floor ORANGE']}    | ${'2026-10-25 RED'}
    ${'2026-11-09'} | ${'14 days after payment'}            | ${'ORANGE'} | ${25} | ${['W1 +25', 'B3 floor ORANGE']}    | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the RED with the wages owed at the closure', () => {
    expect(firedRule(on('2026-10-11'), 'B3').values).toMatchObject({ change: 'closure', effectiveOn: '2026-09-30', periodsOwed: 1, workersOwed: 8 });
  });
});

describe('The owner absconds: RED from the report, before any wages are missed', () => {
  // A labor-intensive workshop of 90. The owner stops answering on 3 November; the next day
  // machines are moved out at night (reported on the 5th); October's wages, due on the 10th, are
  // not paid to anyone.
  const ENTERPRISE = { sector: 'labor_intensive_manufacturing' as const };
  const story = [
    ...onTimeWageRuns('2026-08', '2026-09', 90),
    committeeMeeting('2026-09-15'),
    statusChange({ status: 'owner_unreachable', effectiveOn: '2026-11-03', headcount: 90, workersAffected: 90 }),
    reportedOn('2026-11-05', statusChange({ status: 'asset_removal', effectiveOn: '2026-11-04', headcount: 90, workersAffected: 90 })),
    wageRun({ period: '2026-10', scheduledPayDate: '2026-11-10', paidOn: null, headcount: 90 }),
  ];
  const on = (day: string) => assessOn(story, day, ENTERPRISE);

  it.each`
    day             | when                                 | level      | score | fired                                                                | heldBy
    ${'2026-11-02'} | ${'the day before'}                  | ${'GREEN'} | ${0}  | ${[]}                                                                | ${null}
    ${'2026-11-03'} | ${'owner unreachable'}               | ${'RED'}   | ${0}  | ${['B4 trigger RED']}                                                | ${null}
    ${'2026-11-05'} | ${'assets removed'}                  | ${'RED'}   | ${0}  | ${['B4 trigger RED']}                                                | ${null}
    ${'2026-11-11'} | ${'October wages unpaid to all 90'}  | ${'RED'}   | ${42} | ${['W1 +10', 'W3 +15', 'W4 trigger RED', 'W6 +10', 'B4 trigger RED']} | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains both reports', () => {
    expect(firedRule(on('2026-11-05'), 'B4').values).toMatchObject({ value: 2, changes: 'owner_unreachable, asset_removal', firstEffectiveOn: '2026-11-03', workersAffected: 90 });
  });
});

describe('A suspension that outlasts a pay cycle', () => {
  // 120 workers sent home on 10 November, first for a month; on 8 December the stop is extended
  // to 20 January, past one pay cycle (workers drop to a living allowance); work resumes 5 January.
  const stop = { status: 'suspension', effectiveOn: '2026-11-10', announcedOn: '2026-11-09', headcount: 120, workersAffected: 120 } as const;
  const suspension = statusChange({ ...stop, expectedEndOn: '2026-12-10' });
  const story = [
    ...onTimeWageRuns('2026-09', '2026-12', 120),
    committeeMeeting('2026-10-20'),
    suspension,
    reportedOn('2026-12-08', statusChange({ ...stop, expectedEndOn: '2027-01-20', supersedes: suspension.id })),
    committeeMeeting('2026-12-15'),
    statusChange({ status: 'resumption', effectiveOn: '2027-01-05', headcount: 120, workersAffected: 120 }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                   | level       | score | fired                      | heldBy
    ${'2026-11-09'} | ${'a month-long stop announced'}       | ${'GREEN'}  | ${15} | ${['B1 +15']}              | ${null}
    ${'2026-12-07'} | ${'four weeks in'}                     | ${'GREEN'}  | ${15} | ${['B1 +15']}              | ${null}
    ${'2026-12-08'} | ${'extended to 71 days'}               | ${'YELLOW'} | ${30} | ${['B1 +30 floor YELLOW']} | ${null}
    ${'2027-01-05'} | ${'work resumes after 56 days'}        | ${'YELLOW'} | ${30} | ${['B1 +30']}              | ${'2027-01-04 YELLOW'}
    ${'2027-01-19'} | ${'14 days after resuming'}            | ${'BLUE'}   | ${30} | ${['B1 +30']}              | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });
});
