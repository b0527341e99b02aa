import { caseToAgreement, newCaseId, performanceConfirmed } from '../../../test/case-events.fixture';
import { measure, scoreInput } from '../../../test/rules.fixture';
import { incident } from '../../../test/scenario.fixture';
import { paidInFull, wagePayment } from '../../../test/wage-payment.fixture';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { D5_AGREEMENT_PERFORMED as D5 } from './d5-agreement-performed.indicator';

describe('D5 mediation agreement performed', () => {
  const caseId = newCaseId();
  const performed = [...caseToAgreement(caseId, '2026-04-12', '2026-04-20'), ...performanceConfirmed(caseId, '2026-04-21', '2026-05-05')];

  it.each`
    asOf            | holds
    ${'2026-05-04'} | ${false}
    ${'2026-05-05'} | ${true}
    ${'2026-11-01'} | ${true}
    ${'2026-11-02'} | ${false}
  `('on $asOf (confirmed 2026-05-05, 180-day window) holds: $holds', ({ asOf, holds }) => {
    const measured = measure(D5, performed, asOf);
    expect(measured === null ? null : measured.resolves).toEqual(holds ? { evidenceThrough: '2026-04-12', resolvedOn: '2026-05-05' } : null);
  });

  it('does not hold for an agreement reached but not performed', () => {
    expect(measure(D5, caseToAgreement(newCaseId(), '2026-04-12', '2026-04-20'), '2026-05-05')).toBeNull();
  });

  it('is a mitigation without a ceiling, halving by default', () => {
    expect(D5.mitigation).toEqual({ indicatorIds: [], ceiling: null });
    expect(D5.defaults.params).toEqual({ pointsFactor: 0.5, windowDays: 180 });
  });

  describe('in scoring', () => {
    // Wages of 2026-02 (due 2026-03-10) still unpaid: W1 +40 floor YELLOW, open (full weight).
    const arrears = wagePayment('2026-03-10', { period: '2026-02', scheduledPayDate: '2026-03-10' });
    const fired = (events: Parameters<typeof scoreInput>[0], asOf: string) => scoreEnterprise(scoreInput(events, asOf)).fired.find((rule) => rule.ruleId === 'W1');

    it('halves a condition on record when the case opened, drops its floor, and decays it from the confirmation', () => {
      expect(fired([arrears], '2026-05-05')).toMatchObject({ points: 40, floor: 'YELLOW' });
      expect(fired([arrears, ...performed], '2026-05-05')).toMatchObject({ points: 20, floor: null, weight: 1 });
      // 75 days after the confirmation: (180 - 75) / 150 of the halved points.
      expect(fired([arrears, ...performed], '2026-07-19')).toMatchObject({ points: 14, weight: 0.7 });
    });

    it('leaves alone a condition first reported after the case opened', () => {
      const later = wagePayment('2026-04-13', { period: '2026-03', scheduledPayDate: '2026-04-10' });
      // 25 days late on 2026-05-05: +25 in full, its run reported the day after the opening.
      expect(fired([later, ...performed], '2026-05-05')).toMatchObject({ points: 25, weight: 1, summary: expect.not.stringMatching(/mitigated/) });
    });

    it('never lowers a trigger', () => {
      const stoppage = incident({ form: 'stoppage', participants: 30, startedOn: '2026-04-01' });
      expect(scoreEnterprise(scoreInput([stoppage, ...performed], '2026-05-05')).level).toBe('RED');
    });

    it('halves a condition already closed before the confirmation, still decaying from its own evidence', () => {
      // January's wages paid 19 days late on 2026-03-01: 65 days before 2026-05-05, weight 0.77.
      expect(fired([paidInFull('2026-03-01', { period: '2026-01', scheduledPayDate: '2026-02-10' }), ...performed], '2026-05-05')).toMatchObject({ tierPoints: 25, weight: 0.77, points: 9.58 });
    });
  });
});
