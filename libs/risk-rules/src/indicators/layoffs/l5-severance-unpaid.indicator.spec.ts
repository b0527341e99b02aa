import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { L5_SEVERANCE_UNPAID } from './l5-severance-unpaid.indicator';

type Batch = HrEventData<'concord.hr.termination_batch.v1'>;

/** 12 workers terminated on 2026-04-01 with ¥60,000 severance due and paid in full. */
function batch(overrides: Partial<Batch> = {}, day = '2026-04-01'): RecordedEvent {
  const data: Batch = {
    layoffPlanEventId: 'plan-1',
    terminatedOn: '2026-04-01',
    headcountBefore: 200,
    workers: 12,
    legalGround: 'serious_operating_difficulty',
    protectedWorkersIncluded: 0,
    compensationDueMinor: 6_000_000,
    compensationPaidMinor: 6_000_000,
    currency: 'CNY',
    ...overrides,
  };
  return recorded('concord.hr.termination_batch.v1', day, data);
}

function pointsOn(events: RecordedEvent[], asOf: string): number {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { L5: L5_SEVERANCE_UNPAID.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [L5_SEVERANCE_UNPAID], ruleSet })).score;
}

describe('L5 severance unpaid or short', () => {
  it.each<[string, Partial<Batch>, string, number | null, number]>([
    ['one fen short', { compensationPaidMinor: 5_999_999 }, '2026-04-10', 1, 20],
    ['paid in full', {}, '2026-04-10', null, 0],
    ['nothing paid', { compensationPaidMinor: 0 }, '2026-04-10', 6_000_000, 20],
    ['short on the termination day itself', { compensationPaidMinor: 0 }, '2026-04-01', 6_000_000, 20],
    ['not due before the termination day', { compensationPaidMinor: 0 }, '2026-03-31', null, 0],
    ['still owed long after: unresolved, no decay', { compensationPaidMinor: 0 }, '2027-04-01', 6_000_000, 20],
  ])('%s', (_case, overrides, asOf, value, score) => {
    const events = [batch(overrides, '2026-03-20')];
    expect(measure(L5_SEVERANCE_UNPAID, events, asOf)?.value ?? null).toBe(value);
    expect(pointsOn(events, asOf)).toBe(score);
  });

  it('measures nothing without terminations', () => {
    expect(measure(L5_SEVERANCE_UNPAID, [], '2026-04-10')).toBeNull();
  });

  it('resolves when a later report of the same batch shows it paid', () => {
    const short = batch({ compensationPaidMinor: 1_000_000 }, '2026-04-01');
    const paid = batch({}, '2026-04-20');
    expect(measure(L5_SEVERANCE_UNPAID, [short], '2026-04-25')?.value).toBe(5_000_000);
    expect(measure(L5_SEVERANCE_UNPAID, [short, paid], '2026-04-25')).toBeNull();
  });

  it('adds up what is owed over separate batches', () => {
    const first = batch({ compensationPaidMinor: 5_000_000 });
    const second = batch({ terminatedOn: '2026-04-15', workers: 8, compensationDueMinor: 4_000_000, compensationPaidMinor: 0 }, '2026-04-15');
    const measured = measure(L5_SEVERANCE_UNPAID, [first, second], '2026-04-20');
    expect(measured).toMatchObject({ value: 5_000_000, unresolved: true, lastEvidenceDay: '2026-04-20' });
    expect(measured?.values).toMatchObject({ severanceDueMinor: 10_000_000, workersInShortBatches: 20, shortBatches: 2, earliestTerminatedOn: '2026-04-01' });
    expect(measured?.evidenceEventIds).toEqual([first.id, second.id].sort());
  });
});
