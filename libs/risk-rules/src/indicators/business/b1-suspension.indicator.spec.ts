import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { B1_SUSPENSION } from './b1-suspension.indicator';

type Change = HrEventData<'concord.hr.business_status_change.v1'>;

function change(status: Change['status'], effectiveOn: string, overrides: Partial<Change> = {}): RecordedEvent {
  return recorded('concord.hr.business_status_change.v1', effectiveOn, { status, effectiveOn, headcount: 80, workersAffected: 80, ...overrides });
}

function scored(events: RecordedEvent[], asOf: string) {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { B1: B1_SUSPENSION.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [B1_SUSPENSION], ruleSet }));
}

describe('B1 business suspended', () => {
  it.each<[string, RecordedEvent[], string, number | null, boolean | null, number, string]>([
    ['open-ended, one pay cycle so far', [change('suspension', '2026-03-01')], '2026-03-31', 30, true, 15, 'GREEN'],
    ['open-ended, one day past a pay cycle', [change('suspension', '2026-03-01')], '2026-04-01', 31, true, 30, 'YELLOW'],
    ['expected to last exactly one pay cycle', [change('suspension', '2026-03-01', { expectedEndOn: '2026-03-31' })], '2026-03-05', 30, true, 15, 'GREEN'],
    ['expected to last one day longer: longer from its first day', [change('suspension', '2026-03-01', { expectedEndOn: '2026-04-01' })], '2026-03-05', 31, true, 30, 'YELLOW'],
    ['announced before it starts', [change('suspension', '2026-03-10')], '2026-03-05', 1, true, 15, 'GREEN'],
    ['resumed after 45 days: no floor, points still full', [change('suspension', '2026-03-01'), change('resumption', '2026-04-15')], '2026-04-20', 45, false, 30, 'BLUE'],
    ['resumed on the evaluation day', [change('suspension', '2026-03-01'), change('resumption', '2026-04-15')], '2026-04-15', 45, false, 30, 'BLUE'],
    ['resumption planned after the evaluation day', [change('suspension', '2026-03-01'), change('resumption', '2026-04-15')], '2026-04-14', 45, true, 30, 'YELLOW'],
    ['ended at its expected end without a resumption report', [change('suspension', '2026-03-01', { expectedEndOn: '2026-03-20' })], '2026-03-25', 19, false, 15, 'GREEN'],
    ['ended 180 days ago: measured, fully decayed', [change('suspension', '2025-09-01', { expectedEndOn: '2025-09-20' })], '2026-03-19', 19, false, 0, 'GREEN'],
    ['ended 181 days ago: outside the lookback', [change('suspension', '2025-09-01', { expectedEndOn: '2025-09-20' })], '2026-03-20', null, null, 0, 'GREEN'],
    ['a resumption before the suspension does not end it', [change('resumption', '2026-02-01'), change('suspension', '2026-03-01')], '2026-04-01', 31, true, 30, 'YELLOW'],
    ['nothing suspended', [change('relocation', '2026-03-01')], '2026-04-01', null, null, 0, 'GREEN'],
  ])('%s', (_case, events, asOf, value, unresolved, score, level) => {
    const measured = measure(B1_SUSPENSION, events, asOf);
    expect(measured?.value ?? null).toBe(value);
    expect(measured?.unresolved ?? null).toBe(unresolved);
    const result = scored(events, asOf);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it('measures nothing without events', () => {
    expect(measure(B1_SUSPENSION, [], '2026-03-01')).toBeNull();
  });

  it('reports an ongoing suspension before a longer one that ended', () => {
    const old = change('suspension', '2026-01-01', { expectedEndOn: '2026-03-01' });
    const current = change('suspension', '2026-04-01', { workersAffected: 30 });
    const measured = measure(B1_SUSPENSION, [old, current], '2026-04-10');
    expect(measured).toMatchObject({ value: 9, unresolved: true, lastEvidenceDay: '2026-04-10', evidenceEventIds: [current.id] });
    expect(measured?.values).toMatchObject({ suspendedFrom: '2026-04-01', suspendedUntil: 'open-ended', workersAffected: 30, ongoingSuspensions: 1 });
  });

  it('cites the resumption that ended it and decays from its day', () => {
    const suspension = change('suspension', '2026-03-01');
    const resumption = change('resumption', '2026-03-11');
    const measured = measure(B1_SUSPENSION, [suspension, resumption], '2026-05-01');
    expect(measured).toMatchObject({ value: 10, lastEvidenceDay: '2026-03-11', evidenceEventIds: [suspension.id, resumption.id].sort() });
  });
});
