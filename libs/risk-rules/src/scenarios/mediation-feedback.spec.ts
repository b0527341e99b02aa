import { caseFailed, caseToAgreement, newCaseId, performanceConfirmed } from '../../test/case-events.fixture';
import { assessOn, committeeMeeting, firedRule, onTimeWageRuns, payDateOf, verdict, wageRun } from '../../test/scenario.fixture';

/**
 * Mediation outcomes fed back from case.events (D4, D5). Both enterprises are the same ORANGE
 * story: 100 workers, 12 of them owed ¥800 of February's and of March's wages (under the criminal
 * threshold), which the HR system never
 * reports paid; a mediation case opens on 12 April (from the ORANGE alert).
 */
const HEADCOUNT = 100;
const owed = (period: string) => wageRun({ period, scheduledPayDate: payDateOf(period), paidOn: null, headcount: HEADCOUNT, unpaid: 12, owedPerWorker: 800_00 });
const arrears = [
  ...onTimeWageRuns('2026-01', '2026-01', HEADCOUNT),
  committeeMeeting('2026-02-20'),
  owed('2026-02'),
  owed('2026-03'),
  committeeMeeting('2026-04-15'),
  ...onTimeWageRuns('2026-04', '2026-06', HEADCOUNT),
  committeeMeeting('2026-06-15'),
];
const GROUP_ARREARS = ['W1 +40 floor YELLOW', 'W2 +30 floor ORANGE', 'W3 +15'];

describe('An ORANGE enterprise whose mediation fails', () => {
  const single = newCaseId();
  const story = [...arrears, ...caseFailed(single, '2026-04-12', '2026-04-28')];
  const collective = newCaseId();
  const collectiveStory = [...arrears, ...caseFailed(collective, '2026-04-12', '2026-04-28', { collective: true })];

  it.each`
    day             | when                                         | level       | score | fired
    ${'2026-04-12'} | ${'case opened: nothing changes'}            | ${'ORANGE'} | ${60} | ${[...GROUP_ARREARS, 'W3L floor ORANGE']}
    ${'2026-04-28'} | ${'mediation failed: +15 (D4)'}              | ${'ORANGE'} | ${75} | ${[...GROUP_ARREARS, 'W3L floor ORANGE', 'D4 +15']}
    ${'2026-05-28'} | ${'30 days on: still full weight'}           | ${'ORANGE'} | ${75} | ${[...GROUP_ARREARS, 'W3L floor ORANGE', 'D4 +15']}
  `('$day, $when: $level $score', ({ day, level, score, fired }) => {
    expect(verdict(assessOn(story, day))).toMatchObject({ level, score, fired });
  });

  it('goes RED when the failed case is collective (+25)', () => {
    expect(verdict(assessOn(collectiveStory, '2026-04-27'))).toMatchObject({ level: 'ORANGE', score: 60 });
    expect(verdict(assessOn(collectiveStory, '2026-04-28'))).toMatchObject({ level: 'RED', score: 85 });
  });

  it('explains the failure with the case event and the law', () => {
    const rule = firedRule(assessOn(collectiveStory, '2026-04-28'), 'D4');
    expect(rule).toMatchObject({ category: 'disputes', points: 25, values: { failedCases: 1, collectiveCases: 1, lastFailedOn: '2026-04-28' } });
    expect(rule.legalBasis).toMatch(/Art\. 14/);
  });

  it('stops counting 90 days after the failure', () => {
    expect(verdict(assessOn(story, '2026-07-27')).fired).toContain('D4 +9');
    expect(verdict(assessOn(story, '2026-07-28')).fired.some((rule) => rule.startsWith('D4'))).toBe(false);
  });
});

describe('An ORANGE enterprise whose mediation agreement is performed', () => {
  // Agreement on 20 April; performance monitored from 21 April and confirmed on 5 May. The HR
  // system still shows February's and March's runs open: the performed agreement is the news.
  const caseId = newCaseId();
  const story = [...arrears, ...caseToAgreement(caseId, '2026-04-12', '2026-04-20'), ...performanceConfirmed(caseId, '2026-04-21', '2026-05-05')];

  it.each`
    day             | when                                                       | level       | score   | heldBy
    ${'2026-04-20'} | ${'agreement reached, not performed: nothing changes'}     | ${'ORANGE'} | ${60}   | ${null}
    ${'2026-05-04'} | ${'performance monitored, not yet confirmed'}              | ${'ORANGE'} | ${60}   | ${null}
    ${'2026-05-05'} | ${'performance confirmed: halved, floors gone, held'}      | ${'ORANGE'} | ${42.5} | ${'2026-05-04 ORANGE'}
    ${'2026-05-18'} | ${'13 days on: still held by the hysteresis window'}       | ${'ORANGE'} | ${42.5} | ${'2026-05-04 ORANGE'}
    ${'2026-05-19'} | ${'14 days on: the level falls'}                           | ${'YELLOW'} | ${42.5} | ${null}
  `('$day, $when: $level', ({ day, level, score, heldBy }) => {
    expect(verdict(assessOn(story, day))).toMatchObject({ level, score, heldBy });
  });

  it('explains which conditions the performed agreement resolved', () => {
    const assessed = assessOn(story, '2026-05-19');
    expect(verdict(assessed).fired).toEqual(['W1 +20', 'W2 +15', 'W3 +7.5', 'W3L +0', 'D5 +0']);
    expect(firedRule(assessed, 'W1').summary).toMatch(/\(mitigated\)$/);
    expect(firedRule(assessed, 'D5').values).toMatchObject({ performedCases: 1, openedOn: '2026-04-12', performedOn: '2026-05-05' });
  });

  it('decays the resolved conditions from the day performance was confirmed', () => {
    // 30 days of full weight after 5 May, then linear to zero at 180 days.
    expect(verdict(assessOn(story, '2026-06-04')).score).toBe(42.5);
    expect(verdict(assessOn(story, '2026-07-19')).score).toBe(29.8);
  });

  it('does not cover arrears that fall due after the case opened', () => {
    const later = [...story, owed('2026-07')];
    const assessed = assessOn(later, '2026-08-11');
    expect(firedRule(assessed, 'W1').summary).not.toMatch(/mitigated/);
  });
});
