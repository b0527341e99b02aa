import fc from 'fast-check';
import { addDays } from '../calendar-day.util';
import {
  assessOn,
  committeeMeeting,
  complaint,
  complaintResolved,
  incident,
  incidentEnded,
  insuranceMonth,
  months,
  onTimeWageRuns,
  payDateOf,
  reportedOn,
  scoreOn,
  type StoryEvent,
  verdict,
  wageRun,
  workingTimeMonth,
} from '../../test/scenario.fixture';

describe('A well-run factory stays GREEN for a whole year', () => {
  // 150 workers through 2025: wages on the 10th, social insurance paid in full, a little lawful
  // overtime paid at 150 %, the committee meeting every quarter, one complaint settled in two days.
  const PERIODS = months('2024-12', '2025-11');
  const story = [
    ...onTimeWageRuns('2024-12', '2025-11', 150),
    ...PERIODS.map((period) => insuranceMonth({ period, reportedOn: payDateOf(period, 15), employed: 150 })),
    ...PERIODS.map((period) => workingTimeMonth({ period, reportedOn: payDateOf(period, 5), headcount: 150, workersOver36h: 3, maxOvertimeHours: 40 })),
    ...['2025-01-15', '2025-04-10', '2025-07-08', '2025-10-06'].map(committeeMeeting),
    complaint({ receivedOn: '2025-06-03', category: 'safety', resolvedOn: '2025-06-05', text: 'Ventilation in the paint shop is too weak.' }),
  ];

  it('scores 0 with nothing fired on every day of 2025', () => {
    const notQuiet: string[] = [];
    for (let day = '2025-01-01'; day <= '2025-12-31'; day = addDays(day, 1)) {
      const { score, fired } = scoreOn(story, day);
      if (score !== 0 || fired.length > 0) notQuiet.push(`${day}: ${score} ${fired.map((rule) => rule.summary).join('; ')}`);
    }
    expect(notQuiet).toEqual([]);
  });

  it('is assessed GREEN all year, nothing held (every 15th day: each window covers the 14 days before)', () => {
    const days: string[] = [];
    for (let day = '2025-01-01'; day <= '2025-12-31'; day = addDays(day, 15)) days.push(day);
    days.push('2025-12-31');
    expect(days.map((day) => verdict(assessOn(story, day))).filter((daily) => daily.level !== 'GREEN' || daily.heldBy !== null)).toEqual([]);
  });
});

describe('Reports arriving out of order, or twice, give the same assessment', () => {
  // A logistics depot of 150: April's wages reach 20 workers late, a 12351 complaint co-signed by
  // 12, a one-day slowdown, a month of insurance arrears, everything settled, and a late correction
  // admitting two workers were paid below the minimum wage. The same reports delivered in any
  // order, some of them twice, must give the same assessment every day.
  const ENTERPRISE = { sector: 'logistics' as const };
  const APRIL = { period: '2026-04', scheduledPayDate: '2026-05-10', headcount: 150 };
  const call = complaint({ receivedOn: '2026-05-12', channel: 'hotline_12351', category: 'pay', coSigners: 12, complainant: 'd-17' });
  const slowdown = incident({ form: 'slowdown', participants: 40, startedOn: '2026-05-20' });
  const aprilPaid = wageRun({ ...APRIL, paidOn: '2026-06-02' });
  const story: StoryEvent[] = [
    ...onTimeWageRuns('2026-03', '2026-03', 150),
    wageRun({ ...APRIL, paidOn: null, unpaid: 20, owedPerWorker: 1_000_00 }),
    insuranceMonth({ period: '2026-04', reportedOn: '2026-05-15', employed: 150, monthsInArrears: 1 }),
    call,
    slowdown,
    incidentEnded(slowdown, '2026-05-21'),
    committeeMeeting('2026-05-25'),
    aprilPaid,
    complaintResolved(call, '2026-06-03'),
    ...onTimeWageRuns('2026-05', '2026-05', 150),
    insuranceMonth({ period: '2026-05', reportedOn: '2026-06-15', employed: 150 }),
    reportedOn('2026-06-18', wageRun({ ...APRIL, paidOn: '2026-06-02', workersBelowMinimumWage: 2, supersedes: aprilPaid.id })),
  ];
  const DAYS = ['2026-05-11', '2026-05-12', '2026-05-20', '2026-05-25', '2026-06-03', '2026-06-20', '2026-07-20'];
  const assessments = (arrived: readonly StoryEvent[]) => DAYS.map((day) => assessOn(arrived, day, ENTERPRISE));
  const inOrder = assessments(story);

  it('tells a story worth checking: the level moves through it', () => {
    expect(inOrder.map((assessment) => assessment.level)).toEqual(['BLUE', 'ORANGE', 'RED', 'RED', 'RED', 'RED', 'RED']);
  });

  it('is the same delivered in reverse', () => {
    expect(assessments([...story].reverse())).toEqual(inOrder);
  });

  it('is the same delivered in any order, some reports twice', () => {
    const deliveries = fc.subarray(story).chain((redelivered) => fc.shuffledSubarray([...story, ...redelivered], { minLength: story.length + redelivered.length }));
    fc.assert(
      fc.property(deliveries, (arrived) => {
        expect(assessments(arrived)).toEqual(inOrder);
      }),
      { numRuns: 25 },
    );
  });
});

describe('A construction contractor: the sector prior, and a sibling site at RED', () => {
  // 200 workers on a site paid on the 15th through a dedicated wage account; September's labor
  // cost was not transferred, and 8 workers of a subcontracted team are owed. Construction scores
  // ×1.2 (DOMAIN.md §3); while another site of the same group is RED, this one gets +10.
  const SEPTEMBER = { period: '2026-09', scheduledPayDate: '2026-10-15', headcount: 200 };
  const story = [
    ...onTimeWageRuns('2026-07', '2026-08', 200, 15),
    committeeMeeting('2026-09-20'),
    wageRun({ ...SEPTEMBER, paidOn: null, unpaid: 8, constructionProject: { dedicatedAccount: true, monthlyLaborCostTransferred: false } }),
  ];

  it.each`
    day             | sector            | siblingLevels  | level       | score | fired
    ${'2026-10-20'} | ${'construction'} | ${[]}          | ${'GREEN'}  | ${12} | ${['W1 +10']}
    ${'2026-10-20'} | ${'construction'} | ${['RED']}     | ${'BLUE'}   | ${22} | ${['W1 +10']}
    ${'2026-10-25'} | ${'construction'} | ${[]}          | ${'BLUE'}   | ${30} | ${['W1 +25']}
    ${'2026-10-25'} | ${'construction'} | ${['ORANGE']}  | ${'BLUE'}   | ${30} | ${['W1 +25']}
    ${'2026-10-25'} | ${'construction'} | ${['RED']}     | ${'YELLOW'} | ${40} | ${['W1 +25']}
    ${'2026-10-25'} | ${'manufacturing'}| ${['RED']}     | ${'BLUE'}   | ${35} | ${['W1 +25']}
  `('$day, a $sector site with siblings at $siblingLevels: $level ($score)', ({ day, sector, siblingLevels, level, score, fired }) => {
    expect(verdict(assessOn(story, day, { sector, siblingLevels }))).toEqual({ level, score, fired, heldBy: null });
  });

  it('shows the multiplier and the group points in the explanation', () => {
    expect(assessOn(story, '2026-10-25', { sector: 'construction', siblingLevels: ['RED'] }).score).toMatchObject({ sectorMultiplier: 1.2, groupPoints: 10, band: 'YELLOW' });
  });
});
