import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { B3_CLOSURE } from './b3-closure.indicator';

type Change = HrEventData<'concord.hr.business_status_change.v1'>;

function change(status: Change['status'], effectiveOn = '2026-04-01'): RecordedEvent {
  return recorded('concord.hr.business_status_change.v1', '2026-03-01', { status, effectiveOn, headcount: 60, workersAffected: 60 });
}

/** March wages, due 2026-04-10: unpaid, or paid in full on time. */
function marchWages(paid: boolean): RecordedEvent {
  return recorded('concord.hr.wage_payment.v1', '2026-04-10', {
    period: '2026-03',
    scheduledPayDate: '2026-04-10',
    actualPayDate: paid ? '2026-04-10' : null,
    headcount: 60,
    workersDue: 60,
    workersPaid: paid ? 60 : 0,
    amountDueMinor: 36_000_000,
    amountPaidMinor: paid ? 36_000_000 : 0,
    currency: 'CNY',
  });
}

function levelOn(events: RecordedEvent[], asOf: string): string {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { B3: B3_CLOSURE.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [B3_CLOSURE], ruleSet })).level;
}

describe('B3 closure or bankruptcy', () => {
  it.each<[string, RecordedEvent[], string, number | null, string]>([
    ['closure announced, no wages owed', [change('closure')], '2026-03-10', 1, 'ORANGE'],
    ['bankruptcy, no wages owed', [change('bankruptcy')], '2026-03-10', 1, 'ORANGE'],
    ['closure with wages paid in full', [change('closure'), marchWages(true)], '2026-04-20', 1, 'ORANGE'],
    ['closure with wages owed', [change('closure'), marchWages(false)], '2026-04-20', 2, 'RED'],
    ['wages not yet late on their pay day', [change('closure'), marchWages(false)], '2026-04-10', 1, 'ORANGE'],
    ['90 days after the closure: still open', [change('closure')], '2026-06-30', 1, 'ORANGE'],
    ['91 days after the closure: settled', [change('closure')], '2026-07-01', null, 'GREEN'],
    ['91 days after but wages still owed', [change('closure'), marchWages(false)], '2026-07-01', 2, 'RED'],
    ['wages owed without a closure are not B3', [marchWages(false)], '2026-04-20', null, 'GREEN'],
    ['other status changes are not B3', [change('suspension')], '2026-03-10', null, 'GREEN'],
  ])('%s', (_case, events, asOf, value, level) => {
    expect(measure(B3_CLOSURE, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without events', () => {
    expect(measure(B3_CLOSURE, [], '2026-03-10')).toBeNull();
  });

  it('cites the closure and the arrears, unresolved', () => {
    const closure = change('bankruptcy');
    const wages = marchWages(false);
    const measured = measure(B3_CLOSURE, [closure, wages], '2026-04-20');
    expect(measured).toMatchObject({ unresolved: true, lastEvidenceDay: '2026-04-20', evidenceEventIds: [closure.id, wages.id].sort() });
    expect(measured?.values).toMatchObject({ change: 'bankruptcy', effectiveOn: '2026-04-01', periodsOwed: 1, workersOwed: 60 });
  });
});
