import { assessOn, committeeMeeting, firedRule, platformMonth, platformRuleChange, verdict } from '../../test/scenario.fixture';

describe('A delivery station works riders past 4 hours without rest and below the hourly minimum', () => {
  // A platform delivery operator (sector prior ×1.2) reports its Hangzhou Xihu-03 station of 240
  // riders monthly. From April more than 10 % ride over 4 hours without a 20-minute rest; in May
  // and June the 10th-percentile net hourly income falls below Hangzhou's ¥25.20; a penalty rule
  // is changed in July without consulting the union. July is back within the limits.
  const ENTERPRISE = { sector: 'platform_delivery' as const };
  const station = (period: string, reportedOn: string, over4hWithoutRest: number, p10NetHourlyIncomeMinor: number) =>
    platformMonth({ period, reportedOn, city: 'Hangzhou', station: 'Xihu-03', riders: 240, over4hWithoutRest, p10NetHourlyIncomeMinor, localHourlyMinimumMinor: 25_20 });
  const story = [
    station('2026-03', '2026-04-05', 12, 26_00),
    committeeMeeting('2026-04-20'),
    station('2026-04', '2026-05-05', 31, 26_00),
    station('2026-05', '2026-06-05', 36, 19_50),
    platformRuleChange({
      ruleArea: 'penalty',
      announcedOn: '2026-06-25',
      effectiveOn: '2026-07-01',
      unionConsulted: false,
      city: 'Hangzhou',
      workersAffected: 1_800,
      summary: 'Late-delivery deduction raised from 2 to 5 yuan per order.',
    }),
    committeeMeeting('2026-07-02'),
    station('2026-06', '2026-07-05', 38, 20_10),
    station('2026-07', '2026-08-05', 10, 26_00),
  ];
  const on = (day: string) => assessOn(story, day, ENTERPRISE);

  it.each`
    day             | when                                             | level       | score | fired
    ${'2026-04-05'} | ${'March: 5 % over 4 h, income above minimum'}   | ${'GREEN'}  | ${0}  | ${[]}
    ${'2026-05-05'} | ${'April: 12.9 % over 4 h'}                      | ${'GREEN'}  | ${18} | ${['P1 +15']}
    ${'2026-06-05'} | ${'May: 15 %, p10 income ¥19.50 an hour'}        | ${'YELLOW'} | ${42} | ${['P1 +15', 'P3 +20']}
    ${'2026-07-05'} | ${'June, and the unconsulted penalty rule'}      | ${'YELLOW'} | ${48} | ${['P1 +15', 'P3 +20', 'P4 +15']}
  `('$day, $when: $level', ({ day, level, score, fired }) => {
    expect(verdict(on(day))).toEqual({ level, score, fired, heldBy: null });
  });

  it('multiplies the capped platform points by the sector prior', () => {
    const june = on('2026-07-05');
    expect(june.score).toMatchObject({ sectorMultiplier: 1.2, categories: { platform: { raw: 50, capped: 40, cap: 40 } } });
    expect(firedRule(june, 'P1').values).toMatchObject({ cohort: 'Hangzhou / Xihu-03', period: '2026-06', workers: 240, workersOver4hContinuous: 38, shareOver4h: 0.158 });
    // P3 explains the worst month within the look-back (May, 5.70 below the minimum), still open in June.
    expect(firedRule(june, 'P3').values).toMatchObject({ cohort: 'Hangzhou / Xihu-03', period: '2026-05', p10NetHourlyIncomeMinor: 19_50, hourlyMinimumMinor: 25_20, cohortsBelowMinimum: 1 });
    expect(firedRule(june, 'P3').values.value).toBe(5_70);
    expect(firedRule(june, 'P4').values).toMatchObject({ unconsultedChanges: 1, ruleAreas: 'penalty', workersAffected: 1_800, newestEffectiveOn: '2026-07-01' });
  });

  it('is still YELLOW the day July is reported within the limits', () => {
    expect(on('2026-08-05').level).toBe('YELLOW');
  });
});
