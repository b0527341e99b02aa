import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { P4_UNCONSULTED_RULE_CHANGE as P4 } from './p4-unconsulted-rule-change.indicator';

type Change = HrEventData<'concord.hr.platform_rule_change.v1'>;

/** A pay-rule change announced and reported 2026-04-01, effective 2026-04-15, union not consulted. */
function change(overrides: Partial<Change> = {}): RecordedEvent {
  const data: Change = {
    ruleArea: 'pay',
    announcedOn: '2026-04-01',
    effectiveOn: '2026-04-15',
    unionConsulted: false,
    city: 'Hangzhou',
    workersAffected: 1_200,
    summary: 'Per-order rate cut for orders under 3 km',
    ...overrides,
  };
  return recorded('concord.hr.platform_rule_change.v1', data.announcedOn, data);
}

function scoreOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { P4: P4.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [P4], ruleSet })).score;
}

describe('P4 platform pay or penalty rules changed without the union', () => {
  it.each<[string, RecordedEvent[], string, number | null, number]>([
    ['a pay change not consulted', [change()], '2026-04-05', 1, 15],
    ['a penalty change not consulted', [change({ ruleArea: 'penalty' })], '2026-04-05', 1, 15],
    ['two changes', [change(), change({ ruleArea: 'penalty' })], '2026-04-05', 2, 15],
    ['a pay change consulted with the union', [change({ unionConsulted: true })], '2026-04-05', null, 0],
    ['a dispatch change is not pay or penalty', [change({ ruleArea: 'dispatch' })], '2026-04-05', null, 0],
    ['60 days after it took effect: decaying', [change()], '2026-06-14', 1, 12],
    ['180 days after it took effect: measured, fully decayed', [change()], '2026-10-12', 1, 0],
    ['181 days after it took effect: outside the lookback', [change()], '2026-10-13', null, 0],
  ])('%s', (_case, events, asOf, value, score) => {
    expect(measure(P4, events, asOf)?.value ?? null).toBe(value);
    expect(scoreOn(events, asOf)).toBe(score);
  });

  it('measures nothing without rule changes', () => {
    expect(measure(P4, [], '2026-04-05')).toBeNull();
  });

  it('counts from the effective date, but not past the evaluation day', () => {
    expect(measure(P4, [change()], '2026-04-05')?.lastEvidenceDay).toBe('2026-04-05');
    expect(measure(P4, [change()], '2026-05-01')?.lastEvidenceDay).toBe('2026-04-15');
  });

  it('counts from the report when it came after the effective date', () => {
    const late = recorded('concord.hr.platform_rule_change.v1', '2026-05-01', { ...(change().data as Change) });
    expect(measure(P4, [late], '2026-05-10')?.lastEvidenceDay).toBe('2026-05-01');
  });

  it('explains the changes', () => {
    const pay = change();
    const penalty = change({ ruleArea: 'penalty', workersAffected: 3_000, effectiveOn: '2026-04-20' });
    const measured = measure(P4, [pay, penalty], '2026-05-01');
    expect(measured).toMatchObject({ unresolved: false, lastEvidenceDay: '2026-04-20', evidenceEventIds: [pay.id, penalty.id].sort() });
    expect(measured?.values).toEqual({ unconsultedChanges: 2, ruleAreas: 'pay, penalty', workersAffected: 3_000, newestEffectiveOn: '2026-04-20' });
  });
});
