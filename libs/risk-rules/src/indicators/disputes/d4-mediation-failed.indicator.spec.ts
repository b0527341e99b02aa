import { caseFailed, caseToAgreement, newCaseId, performanceConfirmed, stageChanged } from '../../../test/case-events.fixture';
import { measure } from '../../../test/rules.fixture';
import { D4_MEDIATION_FAILED as D4 } from './d4-mediation-failed.indicator';

describe('D4 mediation failed', () => {
  const failedOn = '2026-04-28';

  it.each`
    daysAfter | value
    ${0}      | ${1}
    ${90}     | ${1}
    ${91}     | ${null}
  `('$daysAfter days after an individual case failed: $value', ({ daysAfter, value }) => {
    const asOf = new Date(Date.parse(`${failedOn}T00:00:00Z`) + (daysAfter as number) * 86_400_000).toISOString().slice(0, 10);
    expect(measure(D4, caseFailed(newCaseId(), '2026-04-12', failedOn), asOf)?.value ?? null).toBe(value);
  });

  it('measures 2 for a collective case, citing every failed case', () => {
    const single = caseFailed(newCaseId(), '2026-04-12', '2026-04-20');
    const collective = caseFailed(newCaseId(), '2026-04-12', failedOn, { collective: true });
    expect(measure(D4, [...single, ...collective], failedOn)).toEqual({
      value: 2,
      values: { failedCases: 2, collectiveCases: 1, lastFailedOn: failedOn },
      evidenceEventIds: [single[2].id, collective[2].id].sort(),
      lastEvidenceDay: failedOn,
      unresolved: false,
    });
  });

  it.each`
    to               | command
    ${'escalated'}   | ${'escalate'}
    ${'arbitration'} | ${'refer_to_arbitration'}
  `('counts a case $to', ({ to, command }) => {
    const caseId = newCaseId();
    expect(measure(D4, [stageChanged(caseId, failedOn, 'in_mediation', to, command)], failedOn)?.value).toBe(1);
  });

  it('does not count an open case, an agreement, or a failure later settled by a performed agreement', () => {
    const open = newCaseId();
    const agreed = newCaseId();
    const settled = newCaseId();
    const events = [
      stageChanged(open, '2026-04-12', 'accepted', 'in_mediation', 'start_mediation'),
      ...caseToAgreement(agreed, '2026-04-12', '2026-04-20'),
      ...caseFailed(settled, '2026-04-01', '2026-04-10'),
      stageChanged(settled, '2026-04-11', 'failed', 'escalated', 'escalate'),
      stageChanged(settled, '2026-04-20', 'escalated', 'agreement', 'reach_agreement'),
      ...performanceConfirmed(settled, '2026-04-21', '2026-04-27'),
    ];
    expect(measure(D4, events, failedOn)).toBeNull();
    expect(measure(D4, events, '2026-04-26')?.value).toBe(1);
  });

  it('defaults: 15 points, 25 for a collective case, 90 days, LDMAL Art. 14 and 5', () => {
    expect(D4.defaults.tiers.map((tier) => [tier.atLeast, tier.points, tier.floor])).toEqual([
      [1, 15, null],
      [2, 25, null],
    ]);
    expect(D4.defaults.params).toEqual({ windowDays: 90 });
    expect(D4.defaults.legalBasis).toMatch(/Art\. 14.*Art\. 5/);
  });
});
