import { TEST_LEGAL, measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { D3_COLLECTIVE_ARBITRATION as D3 } from './d3-collective-arbitration.indicator';

type Filing = HrEventData<'concord.hr.arbitration_filed.v1'>;
type Agreement = HrEventData<'concord.hr.agreement_due.v1'>;

/** A collective wage claim of 10 workers filed 2026-04-01. */
function filing(overrides: Partial<Filing> = {}): RecordedEvent {
  const data: Filing = { filedOn: '2026-04-01', workers: 10, collective: true, claimCategory: 'pay', currency: 'CNY', ...overrides };
  return recorded('concord.hr.arbitration_filed.v1', data.filedOn, data);
}

/** An award for 10 workers made 2026-05-10 and performed as `performance` on 2026-05-20. */
function performedAward(performance: 'full' | 'partial' = 'full', overrides: Partial<Agreement> = {}): RecordedEvent[] {
  const agreement: Agreement = { agreementKind: 'arbitration_award', reachedOn: '2026-05-10', dueOn: '2026-05-20', workers: 10, amountDueMinor: 5_000_000, currency: 'CNY', ...overrides };
  const due = recorded('concord.hr.agreement_due.v1', agreement.reachedOn, agreement);
  const done = recorded('concord.hr.agreement_performed.v1', '2026-05-20', {
    agreementEventId: due.id,
    performedOn: '2026-05-20',
    performance,
    amountPaidMinor: performance === 'full' ? 5_000_000 : 1_000_000,
    currency: 'CNY',
  });
  return [due, done];
}

function levelOn(events: RecordedEvent[], asOf: string): string {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { D3: D3.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [D3], ruleSet })).level;
}

describe('D3 collective arbitration', () => {
  it.each<[string, RecordedEvent[], string, number | null, string]>([
    ['10 workers with a common claim', [filing()], '2026-04-02', 10, 'ORANGE'],
    ['9 workers: below the legal minimum', [filing({ workers: 9 })], '2026-04-02', null, 'GREEN'],
    ['15 workers without a common claim', [filing({ collective: false, workers: 15 })], '2026-04-02', null, 'GREEN'],
    ['60 days after the filing: still open', [filing()], '2026-05-31', 10, 'ORANGE'],
    ['61 days after the filing: lapsed', [filing()], '2026-06-01', null, 'GREEN'],
    ['an award performed in full', [filing(), ...performedAward()], '2026-05-20', null, 'GREEN'],
    ['an award performed in part', [filing(), ...performedAward('partial')], '2026-05-20', 10, 'ORANGE'],
    ['an agreement reached before the filing is not for it', [filing(), ...performedAward('full', { reachedOn: '2026-03-31' })], '2026-05-20', 10, 'ORANGE'],
    ['an agreement for fewer workers is not for it', [filing(), ...performedAward('full', { workers: 9 })], '2026-05-20', 10, 'ORANGE'],
  ])('%s', (_case, events, asOf, value, level) => {
    expect(measure(D3, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without arbitration', () => {
    expect(measure(D3, [], '2026-04-02')).toBeNull();
  });

  it('needs a performed agreement on record, not just a performance report', () => {
    const orphan = recorded('concord.hr.agreement_performed.v1', '2026-05-20', { agreementEventId: 'unknown', performedOn: '2026-05-20', performance: 'full', amountPaidMinor: 1, currency: 'CNY' });
    expect(measure(D3, [filing(), orphan], '2026-05-20')?.value).toBe(10);
  });

  it('takes the collective minimum from the legal profile', () => {
    const legal = { ...TEST_LEGAL, collectiveDisputeMinWorkers: 11 };
    expect(measure(D3, [filing()], '2026-04-02', { legal })).toBeNull();
    expect(measure(D3, [filing({ workers: 11 })], '2026-04-02', { legal })?.value).toBe(11);
  });

  it('reports the largest open arbitration, unresolved, citing every open one', () => {
    const small = filing();
    const large = filing({ workers: 30, claimCategory: 'contracts', amountClaimedMinor: 9_000_000 });
    const measured = measure(D3, [small, large], '2026-04-02');
    expect(measured).toMatchObject({ value: 30, unresolved: true, lastEvidenceDay: '2026-04-02', evidenceEventIds: [small.id, large.id].sort() });
    expect(measured?.values).toEqual({ workers: 30, filedOn: '2026-04-01', claimCategory: 'contracts', amountClaimedMinor: 9_000_000, openArbitrations: 2 });
  });
});
