import { assessOn, committeeMeeting, consultationReply, consultationRequest, firedRule, letterAnswered, onTimeWageRuns, opinionLetter, verdict } from '../../test/scenario.fixture';

describe('An opinion letter left unanswered across the 2026 National Day holiday', () => {
  // The county federation delivers an opinion letter on forced overtime on Tuesday 22 September
  // 2026; the reply is due in 15 working days (ACFTU 2021 Art. 23). Mid-Autumn (25 September) and
  // National Day (1–7 October) are off, Saturday 10 October is a make-up workday: the 15th working
  // day is 20 October, not 13 October as weekends alone would give. The answer comes on 28 October.
  const letter = opinionLetter({ issuedOn: '2026-09-22' });
  const story = [
    ...onTimeWageRuns('2026-07', '2026-09', 150),
    committeeMeeting('2026-09-10'),
    letter,
    letterAnswered(letter, '2026-10-28'),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                          | level       | score | fired                     | heldBy
    ${'2026-10-13'} | ${'15 working days if only weekends counted'} | ${'GREEN'}  | ${0}  | ${[]}                     | ${null}
    ${'2026-10-20'} | ${'the 15th working day'}                     | ${'GREEN'}  | ${0}  | ${[]}                     | ${null}
    ${'2026-10-21'} | ${'one working day overdue'}                  | ${'YELLOW'} | ${15} | ${['U4 +15 floor YELLOW']} | ${null}
    ${'2026-10-28'} | ${'answered, 6 working days late'}            | ${'YELLOW'} | ${15} | ${['U4 +15']}             | ${'2026-10-27 YELLOW'}
    ${'2026-11-10'} | ${'13 days after the answer'}                 | ${'YELLOW'} | ${15} | ${['U4 +15']}             | ${'2026-10-27 YELLOW'}
    ${'2026-11-11'} | ${'14 days after the answer'}                 | ${'GREEN'}  | ${15} | ${['U4 +15']}             | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('counts the delay in working days', () => {
    expect(firedRule(on('2026-10-21'), 'U4').values).toMatchObject({ workingDaysOverdue: 1, replyWorkingDays: 15, issuedOn: '2026-09-22', answeredOn: 'not yet' });
    expect(firedRule(on('2026-10-28'), 'U4').values).toMatchObject({ workingDaysOverdue: 6, answeredOn: '2026-10-28' });
  });
});

describe('An employer that neither answers the union nor convenes the committee', () => {
  // 80 workers. The committee last met on 20 January. The union's written request to consult on
  // wages and hours (2 March) goes unanswered past 20 days; the committee goes past 90 days idle.
  // Union matters alone stay within the union cap of 20: a reason to look, not an alarm.
  const request = consultationRequest('2026-03-02');
  const story = [
    committeeMeeting('2026-01-20'),
    ...onTimeWageRuns('2026-01', '2026-04', 80),
    request,
    consultationReply(request, '2026-04-28'),
    committeeMeeting('2026-05-06'),
  ];
  const on = (day: string) => assessOn(story, day);

  it.each`
    day             | when                                         | level      | score | fired                  | heldBy
    ${'2026-03-22'} | ${'20 days without a reply'}                 | ${'GREEN'} | ${0}  | ${[]}                  | ${null}
    ${'2026-03-23'} | ${'21 days without a reply'}                 | ${'GREEN'} | ${10} | ${['U3 +10']}          | ${null}
    ${'2026-04-20'} | ${'the committee 90 days idle'}              | ${'GREEN'} | ${10} | ${['U3 +10']}          | ${null}
    ${'2026-04-21'} | ${'91 days idle'}                            | ${'GREEN'} | ${15} | ${['U3 +10', 'U5 +5']} | ${null}
    ${'2026-04-28'} | ${'the employer replies'}                    | ${'GREEN'} | ${15} | ${['U3 +10', 'U5 +5']} | ${null}
    ${'2026-05-06'} | ${'the committee meets'}                     | ${'GREEN'} | ${10} | ${['U3 +10']}          | ${null}
  `('$day, $when: $level', ({ day, level, score, fired, heldBy }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy });
  });

  it('explains how long each has waited', () => {
    const idle = on('2026-04-21');
    expect(firedRule(idle, 'U3').values).toMatchObject({ daysWithoutReply: 50, requestedOn: '2026-03-02', repliedOn: 'not yet', topics: 'wages, working_time' });
    expect(firedRule(idle, 'U5').values).toMatchObject({ daysSinceMeeting: 91, lastMeetingOn: '2026-01-20' });
  });
});
