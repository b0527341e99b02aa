import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { B4_OWNER_GONE } from './b4-owner-gone.indicator';

type Change = HrEventData<'concord.hr.business_status_change.v1'>;

function change(status: Change['status'], effectiveOn = '2026-04-01'): RecordedEvent {
  return recorded('concord.hr.business_status_change.v1', effectiveOn, { status, effectiveOn, headcount: 40, workersAffected: 40 });
}

function levelOn(events: RecordedEvent[], asOf: string): string {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { B4: B4_OWNER_GONE.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [B4_OWNER_GONE], ruleSet })).level;
}

describe('B4 owner unreachable or assets removed', () => {
  it.each<[string, RecordedEvent[], string, number | null, string]>([
    ['owner unreachable', [change('owner_unreachable')], '2026-04-01', 1, 'RED'],
    ['assets removed', [change('asset_removal')], '2026-04-02', 1, 'RED'],
    ['both', [change('owner_unreachable'), change('asset_removal', '2026-04-03')], '2026-04-05', 2, 'RED'],
    ['30 days after: still open', [change('owner_unreachable')], '2026-05-01', 1, 'RED'],
    ['31 days after: settled', [change('owner_unreachable')], '2026-05-02', null, 'GREEN'],
    ['court enforcement is not B4', [change('court_enforcement')], '2026-04-02', null, 'GREEN'],
  ])('%s', (_case, events, asOf, value, level) => {
    expect(measure(B4_OWNER_GONE, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without events', () => {
    expect(measure(B4_OWNER_GONE, [], '2026-04-01')).toBeNull();
  });

  it('explains what happened, unresolved', () => {
    const gone = change('owner_unreachable');
    const removed = change('asset_removal', '2026-04-03');
    const measured = measure(B4_OWNER_GONE, [gone, removed], '2026-04-05');
    expect(measured).toMatchObject({ unresolved: true, lastEvidenceDay: '2026-04-05', evidenceEventIds: [gone.id, removed.id].sort() });
    expect(measured?.values).toEqual({ changes: 'owner_unreachable, asset_removal', firstEffectiveOn: '2026-04-01', workersAffected: 40 });
  });
});
