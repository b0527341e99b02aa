import { applyTransition, isCollective, openCase } from '@concord/case-workflow';
import type { FiredRuleV1 } from '@concord/contracts';
import { alertTriageOf } from './alert-triage.mapper';

const rule = (ruleId: string, extra: Partial<FiredRuleV1> = {}): FiredRuleV1 => ({
  ruleId,
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points: 0,
  floor: null,
  values: {},
  thresholds: {},
  evidenceEventIds: [],
  legalBasis: '',
  summary: '',
  ...extra,
});
const stoppage = (participants: number | undefined) =>
  rule('I1', { category: 'incidents', trigger: true, floor: 'RED', values: participants === undefined ? { form: 'stoppage' } : { participants, form: 'stoppage' } });
const collective = (fired: FiredRuleV1[]) => {
  const { workerCount, commonClaim } = alertTriageOf(fired);
  return isCollective(workerCount, commonClaim);
};

describe('alertTriageOf', () => {
  it('triages an alert whose level an incident of ten or more workers triggered as collective', () => {
    expect(alertTriageOf([rule('W1', { points: 25 }), stoppage(40)])).toEqual({ type: 'triage', workerCount: 40, commonClaim: true });
    expect(collective([stoppage(10)])).toBe(true);
  });

  it('keeps a stoppage of fewer than ten, or one that reports no count, individual', () => {
    expect(alertTriageOf([stoppage(9)])).toEqual({ type: 'triage', workerCount: 9, commonClaim: true });
    expect(collective([stoppage(9)])).toBe(false);
    expect(alertTriageOf([stoppage(undefined)])).toEqual({ type: 'triage', workerCount: 1, commonClaim: true });
  });

  it('does not count an incident rule that did not trigger the level (a petition’s floor)', () => {
    const petition = rule('I3', { category: 'incidents', trigger: false, floor: 'ORANGE', values: { participants: 80 } });
    expect(alertTriageOf([petition])).toEqual({ type: 'triage', workerCount: 1, commonClaim: false });
  });

  it('counts a measure that affects ten or more workers alike as a common claim', () => {
    expect(collective([rule('L1', { category: 'layoffs', values: { workersAffected: 25, headcountBefore: 200 } })])).toBe(true);
    expect(collective([rule('L1', { category: 'layoffs', values: { workersAffected: 9 } })])).toBe(false);
  });

  it('is an individual dispute of one worker when nothing counts workers (a wage alert)', () => {
    expect(alertTriageOf([rule('W1', { points: 25, values: { maxDaysLate: 20 } })])).toEqual({ type: 'triage', workerCount: 1, commonClaim: false });
    expect(alertTriageOf([])).toEqual({ type: 'triage', workerCount: 1, commonClaim: false });
  });

  it('ignores counts that are not whole positive numbers', () => {
    expect(alertTriageOf([rule('P4', { values: { workersAffected: 'many' } }), rule('L1', { values: { workersAffected: 12.5 } })]).workerCount).toBe(1);
  });

  it('is a command the workflow accepts, and the workflow agrees on collectiveness', () => {
    const state = openCase({ caseId: 'c-1', jurisdiction: 'CN', level: 'RED', receivedAt: new Date('2026-11-30T08:00:00Z') });
    const triaged = applyTransition(state, alertTriageOf([stoppage(40)]), new Date('2026-11-30T08:00:00Z'));
    expect(triaged.ok && triaged.state.collective).toBe(true);
  });
});
