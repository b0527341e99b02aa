import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { B2_REORGANISATION } from './b2-reorganisation.indicator';

type Change = HrEventData<'concord.hr.business_status_change.v1'>;

function change(status: Change['status'], workersAffected: number, effectiveOn = '2026-04-01'): RecordedEvent {
  return recorded('concord.hr.business_status_change.v1', '2026-03-01', { status, effectiveOn, headcount: 200, workersAffected });
}

function scored(events: RecordedEvent[], asOf: string) {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { B2: B2_REORGANISATION.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [B2_REORGANISATION], ruleSet }));
}

describe('B2 relocation, merger or restructuring', () => {
  it.each<[string, RecordedEvent[], string, number | null, boolean | null, number, string]>([
    ['announced, no worker affected yet', [change('relocation', 0)], '2026-03-10', 0, true, 20, 'YELLOW'],
    ['19 workers affected', [change('merger', 19)], '2026-03-10', 19, true, 20, 'YELLOW'],
    ['20 workers affected', [change('restructuring', 20)], '2026-03-10', 20, true, 20, 'ORANGE'],
    ['30 days after it takes effect: still open', [change('relocation', 20)], '2026-05-01', 20, true, 20, 'ORANGE'],
    ['31 days after: settled, points without the floor', [change('relocation', 20)], '2026-05-02', 20, false, 20, 'BLUE'],
    ['180 days after settling: measured, fully decayed', [change('relocation', 20)], '2026-10-28', 20, false, 0, 'GREEN'],
    ['181 days after settling: outside the lookback', [change('relocation', 20)], '2026-10-29', null, null, 0, 'GREEN'],
    ['other status changes are not B2', [change('tax_arrears', 50)], '2026-03-10', null, null, 0, 'GREEN'],
  ])('%s', (_case, events, asOf, value, unresolved, score, level) => {
    const measured = measure(B2_REORGANISATION, events, asOf);
    expect(measured?.value ?? null).toBe(value);
    expect(measured?.unresolved ?? null).toBe(unresolved);
    const result = scored(events, asOf);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it('measures nothing without events', () => {
    expect(measure(B2_REORGANISATION, [], '2026-03-10')).toBeNull();
  });

  it('reports the largest open change before a larger settled one', () => {
    const settled = change('merger', 100, '2025-12-01');
    const open = change('relocation', 5);
    const measured = measure(B2_REORGANISATION, [settled, open], '2026-03-10');
    expect(measured).toMatchObject({ value: 5, unresolved: true, lastEvidenceDay: '2026-03-10', evidenceEventIds: [open.id] });
    expect(measured?.values).toMatchObject({ change: 'relocation', effectiveOn: '2026-04-01', openChanges: 1 });
  });

  it('decays from the day a change settled', () => {
    expect(measure(B2_REORGANISATION, [change('merger', 3)], '2026-06-01')?.lastEvidenceDay).toBe('2026-05-01');
  });
});
