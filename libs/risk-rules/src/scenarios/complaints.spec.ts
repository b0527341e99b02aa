import { assessOn, committeeMeeting, complaint, complaintResolved, firedRule, headcountReport, onTimeWageRuns, verdict } from '../../test/scenario.fixture';

describe('Five workers complain about the same pay cut in a week, then one calls 12351', () => {
  // 120 workers. A piece-rate cut: five workers complain internally on five days running, a sixth
  // calls the 12351 hotline with three co-signers. Nobody answers for almost three weeks; all six
  // complaints are resolved on 20 June.
  const internal = ['w-01', 'w-02', 'w-03', 'w-04', 'w-05'].map((complainant, i) =>
    complaint({ receivedOn: `2026-06-0${i + 1}`, category: 'pay', complainant, text: 'Piece rate cut without notice.' }),
  );
  const hotline = complaint({ receivedOn: '2026-06-06', channel: 'hotline_12351', category: 'pay', coSigners: 3, complainant: 'w-06' });
  const story = [
    ...onTimeWageRuns('2026-04', '2026-05', 120),
    committeeMeeting('2026-05-20'),
    ...internal,
    hotline,
    ...[...internal, hotline].map((received) => complaintResolved(received, '2026-06-20')),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                         | level       | score | fired                                                     | heldBy
    ${'2026-05-31'} | ${'before the complaints'}                   | ${'GREEN'}  | ${0}  | ${[]}                                                     | ${null}
    ${'2026-06-03'} | ${'three complaints'}                        | ${'GREEN'}  | ${10} | ${['C1 +10']}                                             | ${null}
    ${'2026-06-05'} | ${'the fifth in five days'}                  | ${'YELLOW'} | ${40} | ${['C1 +20', 'C2 +25 floor YELLOW']}                      | ${null}
    ${'2026-06-06'} | ${'a 12351 call'}                            | ${'YELLOW'} | ${40} | ${['C1 +30', 'C2 +25 floor YELLOW', 'C3 +10']}            | ${null}
    ${'2026-06-17'} | ${'the first complaint open 16 days'}        | ${'YELLOW'} | ${40} | ${['C1 +30', 'C2 +25 floor YELLOW', 'C3 +10', 'C4 +10']}  | ${null}
    ${'2026-06-20'} | ${'all resolved'}                            | ${'YELLOW'} | ${40} | ${['C1 +30', 'C2 +25', 'C3 +10', 'C4 +10']}               | ${null}
    ${'2026-07-06'} | ${'30 days after the last complaint'}        | ${'YELLOW'} | ${35} | ${['C2 +25', 'C4 +10']}                                   | ${'2026-07-05 YELLOW'}
    ${'2026-07-20'} | ${'14 days after the band fell'}             | ${'BLUE'}   | ${35} | ${['C2 +25', 'C4 +10']}                                   | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains the burst, the external channel and the capped category', () => {
    const withHotline = on('2026-06-06');
    expect(firedRule(withHotline, 'C2').values).toMatchObject({ category: 'pay', complaints: 6, complainants: 6, workersInvolved: 9, maxCoSigners: 3, openComplaints: 6 });
    expect(firedRule(withHotline, 'C3').values).toMatchObject({ externalComplaints: 1, channels: 'hotline_12351' });
    expect(firedRule(withHotline, 'C1').values).toMatchObject({ complaints: 6, workforce: 120, complaintsPer100Workers: 5 });
    expect(withHotline.score.categories.complaints).toEqual({ raw: 65, capped: 40, cap: 40 });
    expect(firedRule(on('2026-06-17'), 'C4').values).toMatchObject({ complaints: 1, stillOpen: 1, longestDaysOpen: 16 });
  });
});

describe('A 12-worker shop: complaint and contract rates count at least 50 workers', () => {
  // DOMAIN.md §3 "Size": below 50 workers, rates use absolute counts with a floor. Three complaints
  // about working hours in three weeks are 6 per 100 on the floor of 50 (25 per 100 of 12), and 3
  // workers without a written contract are 6 % (not 25 %).
  const ENTERPRISE = { sector: 'retail' as const, registeredHeadcount: 12 };
  const story = [
    ...onTimeWageRuns('2026-02', '2026-03', 12),
    headcountReport({ effectiveOn: '2026-04-01', before: 10, after: 12, reason: 'hiring', withoutWrittenContract: 3 }),
    ...['2026-04-07', '2026-04-14', '2026-04-21'].map((receivedOn, i) =>
      complaint({ receivedOn, category: 'working_time', complainant: `s-0${i + 1}`, resolvedOn: receivedOn }),
    ),
  ];
  const on = (day: string) => assessOn(story, day, ENTERPRISE);

  it.each`
    day             | when                                     | level       | score | fired                    | heldBy
    ${'2026-04-01'} | ${'3 of 12 without a written contract'}  | ${'GREEN'}  | ${10} | ${['K1 +10']}            | ${null}
    ${'2026-04-07'} | ${'one complaint'}                       | ${'BLUE'}   | ${20} | ${['C1 +10', 'K1 +10']}  | ${null}
    ${'2026-04-14'} | ${'two complaints'}                      | ${'BLUE'}   | ${30} | ${['C1 +20', 'K1 +10']}  | ${null}
    ${'2026-04-21'} | ${'three complaints'}                    | ${'YELLOW'} | ${40} | ${['C1 +30', 'K1 +10']}  | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('shows the floor of 50 as the workforce in the explanation', () => {
    const third = on('2026-04-21');
    expect(firedRule(third, 'C1').values).toMatchObject({ complaints: 3, workforce: 50, complaintsPer100Workers: 6 });
    expect(firedRule(third, 'K1').values).toMatchObject({ workersWithoutWrittenContract: 3, workforce: 50, shareWithoutContract: 0.06 });
  });
});
