import {
  agreementDue,
  agreementPerformed,
  arbitrationFiled,
  assessOn,
  committeeMeeting,
  firedRule,
  incident,
  incidentEnded,
  mediationApplied,
  onTimeWageRuns,
  verdict,
} from '../../test/scenario.fixture';

describe('A two-day stoppage of 40 workers is RED while on, held 14 days after it ends', () => {
  // 300 workers. 40 on the assembly line stop work on 14 September over pay and overtime, and go
  // back on the 16th at 17:00. Incidents are not scored: the level comes from the trigger alone.
  // DOMAIN.md §3: a stoppage is unresolved while it is still on; once it is over the level drops
  // after 14 days without a new qualifying event.
  const start = incident({ form: 'stoppage', participants: 40, startedOn: '2026-09-14', demandCategories: ['pay', 'working_time'] });
  const story = [
    ...onTimeWageRuns('2026-07', '2026-08', 300),
    committeeMeeting('2026-08-20'),
    start,
    incidentEnded(start, '2026-09-16'),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                    | level      | fired                  | heldBy
    ${'2026-09-13'} | ${'the day before'}                     | ${'GREEN'} | ${[]}                  | ${null}
    ${'2026-09-14'} | ${'stoppage starts'}                    | ${'RED'}   | ${['I1 trigger RED']}  | ${null}
    ${'2026-09-16'} | ${'back to work at 17:00'}              | ${'RED'}   | ${['I1 trigger RED']}  | ${null}
    ${'2026-09-17'} | ${'the first day after it ended'}       | ${'RED'}   | ${[]}                  | ${'2026-09-16 RED'}
    ${'2026-09-30'} | ${'14 days after the last day on'}      | ${'RED'}   | ${[]}                  | ${'2026-09-16 RED'}
    ${'2026-10-01'} | ${'15 days after: dropped'}             | ${'GREEN'} | ${[]}                  | ${null}
  `('$day, $when: $level', ({ day, level, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score: 0, fired, heldBy });
  });

  it('explains the trigger with the incident, not with points', () => {
    const ongoing = on('2026-09-14');
    expect(firedRule(ongoing, 'I1').values).toMatchObject({ participants: 40, form: 'stoppage', location: 'workplace', endedAt: 'ongoing', demands: 'pay, working_time' });
    expect(ongoing.score.categories.incidents).toEqual({ raw: 0, capped: 0, cap: 0 });
  });
});

describe('A verified plan to block the road, then the road block', () => {
  // A logistics park of 500. On 9 October the liaison verifies that drivers plan to block the road
  // outside the park on the 12th (C5: RED once verified). They do, 25 of them, from 08:00 to 17:00:
  // a road block goes to the government emergency command (I2).
  const ENTERPRISE = { sector: 'logistics' as const };
  const planned = incident({ form: 'road_block', location: 'public', participants: 25, startedOn: '2026-10-12', plannedOn: '2026-10-09' });
  const story = [
    ...onTimeWageRuns('2026-08', '2026-09', 500),
    committeeMeeting('2026-09-01'),
    planned,
    incidentEnded(planned, '2026-10-12'),
  ];
  const on = (day: string) => assessOn(story, day, ENTERPRISE);

  it.each`
    day             | when                                      | level      | fired
    ${'2026-10-08'} | ${'before anything is known'}             | ${'GREEN'} | ${[]}
    ${'2026-10-09'} | ${'road block planned for the 12th'}      | ${'RED'}   | ${['C5 trigger RED']}
    ${'2026-10-11'} | ${'the eve of the road block'}            | ${'RED'}   | ${['C5 trigger RED']}
    ${'2026-10-12'} | ${'25 drivers block the road'}            | ${'RED'}   | ${['I1 trigger RED', 'I2 trigger RED']}
  `('$day, $when: $level', ({ day, level, fired }) => {
    expect(verdict(on(day))).toEqual({ level, score: 0, fired, heldBy: null });
  });

  it('names the hand-over to the government emergency command', () => {
    const roadBlock = firedRule(on('2026-10-12'), 'I2');
    expect(roadBlock.title).toContain('hand to the government emergency command');
    expect(roadBlock.values).toMatchObject({ form: 'road_block', location: 'public', participants: 25, action: 'hand to the government emergency command' });
    expect(firedRule(on('2026-10-09'), 'C5').values).toMatchObject({ firstPlannedOn: '2026-10-12', forms: 'road_block', locations: 'public', mostParticipants: 25 });
  });

  it('stays RED the day after', () => {
    expect(on('2026-10-13').level).toBe('RED');
  });
});

describe('A collective arbitration holds ORANGE until the agreement is performed in full', () => {
  // 150 workers; 24 of them claim last year's unpaid overtime, ¥180,000. Mediation is applied for in
  // June and fails; they file for arbitration on 6 July; a mediation agreement on 10 August
  // (¥150,000 by 31 August) is paid in part on the 20th and in full on the 28th.
  const agreement = agreementDue({ reachedOn: '2026-08-10', dueOn: '2026-08-31', workers: 24, amountDueMinor: 150_000_00 });
  const story = [
    ...onTimeWageRuns('2026-05', '2026-07', 150),
    committeeMeeting('2026-06-01'),
    mediationApplied({ appliedOn: '2026-06-15', workers: 24, amountClaimedMinor: 180_000_00 }),
    arbitrationFiled({ filedOn: '2026-07-06', workers: 24, amountClaimedMinor: 180_000_00 }),
    agreement,
    committeeMeeting('2026-08-15'),
    agreementPerformed(agreement, { performedOn: '2026-08-20', amountPaidMinor: 60_000_00 }),
    agreementPerformed(agreement, { performedOn: '2026-08-28', amountPaidMinor: 150_000_00 }),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                   | level       | fired                  | heldBy
    ${'2026-06-15'} | ${'mediation applied for'}             | ${'GREEN'}  | ${[]}                  | ${null}
    ${'2026-07-06'} | ${'collective arbitration filed'}      | ${'ORANGE'} | ${['D3 floor ORANGE']} | ${null}
    ${'2026-08-20'} | ${'agreement paid in part'}            | ${'ORANGE'} | ${['D3 floor ORANGE']} | ${null}
    ${'2026-08-28'} | ${'agreement performed in full'}       | ${'ORANGE'} | ${[]}                  | ${'2026-08-27 ORANGE'}
    ${'2026-09-10'} | ${'13 days after'}                     | ${'ORANGE'} | ${[]}                  | ${'2026-08-27 ORANGE'}
    ${'2026-09-11'} | ${'14 days after'}                     | ${'GREEN'}  | ${[]}                  | ${null}
  `('$day, $when: $level', ({ day, level, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score: 0, fired, heldBy });
  });

  it('explains the floor with the claim', () => {
    expect(firedRule(on('2026-07-06'), 'D3').values).toEqual({
      value: 24,
      workers: 24,
      filedOn: '2026-07-06',
      claimCategory: 'pay',
      amountClaimedMinor: 180_000_00,
      openArbitrations: 1,
    });
  });
});
