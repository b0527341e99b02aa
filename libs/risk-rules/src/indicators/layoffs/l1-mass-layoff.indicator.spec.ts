import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import type { Level } from '../../level.model';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { L1_MASS_LAYOFF } from './l1-mass-layoff.indicator';

type Plan = HrEventData<'concord.hr.layoff_plan.v1'>;

/** 20 of 500 workers, announced 31 days ahead with the procedure, effective 2026-04-01. */
function plan(overrides: Partial<Plan> = {}): RecordedEvent {
  return recorded('concord.hr.layoff_plan.v1', '2026-03-01', {
    headcountBefore: 500,
    workersAffected: 20,
    legalGround: 'serious_operating_difficulty',
    announcedOn: '2026-03-01',
    effectiveOn: '2026-04-01',
    thirtyDayProcedure: true,
    unionNotified: true,
    laborAuthorityNotified: true,
    protectedWorkersIncluded: 0,
    compensationPlannedMinor: 2_000_000,
    currency: 'CNY',
    ...overrides,
  });
}

function levelOn(events: RecordedEvent[], asOf: string): Level {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { L1: L1_MASS_LAYOFF.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [L1_MASS_LAYOFF], ruleSet })).level;
}

describe('L1 mass layoff with the notice procedure', () => {
  it.each<[string, Partial<Plan>, string, number | null, Level]>([
    ['exactly the legal minimum of workers', {}, '2026-03-15', 20, 'ORANGE'],
    ['one worker below it, under 10 % of the workforce', { workersAffected: 19 }, '2026-03-15', null, 'GREEN'],
    ['exactly 10 % of a workforce of 100', { headcountBefore: 100, workersAffected: 10 }, '2026-03-15', 10, 'ORANGE'],
    ['one worker below 10 % of 100', { headcountBefore: 100, workersAffected: 9 }, '2026-03-15', null, 'GREEN'],
    ['10 % of a small workforce counts on the actual headcount', { headcountBefore: 30, workersAffected: 3 }, '2026-03-15', 3, 'ORANGE'],
    ['exactly 30 days of notice', { announcedOn: '2026-03-02' }, '2026-03-15', 20, 'ORANGE'],
    ['29 days of notice is not the procedure (L1b)', { announcedOn: '2026-03-03' }, '2026-03-15', null, 'GREEN'],
    ['the procedure not followed (L1b)', { thirtyDayProcedure: false }, '2026-03-15', null, 'GREEN'],
    ['still unresolved 30 days after the dismissals', {}, '2026-05-01', 20, 'ORANGE'],
    ['settled 31 days after the dismissals', {}, '2026-05-02', null, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, level) => {
    const events = [plan(overrides)];
    expect(measure(L1_MASS_LAYOFF, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without a layoff plan', () => {
    expect(measure(L1_MASS_LAYOFF, [], '2026-03-15')).toBeNull();
  });

  it('reports the largest open plan, unresolved, with every open plan as evidence', () => {
    const small = plan({ workersAffected: 25 });
    const large = plan({ workersAffected: 40 });
    const measured = measure(L1_MASS_LAYOFF, [small, large], '2026-03-15');
    expect(measured).toMatchObject({ value: 40, unresolved: true, lastEvidenceDay: '2026-03-15' });
    expect(measured?.values).toMatchObject({ workersAffected: 40, headcountBefore: 500, shareAffected: 0.08, noticeDays: 31, plans: 2 });
    expect(measured?.evidenceEventIds).toEqual([small.id, large.id].sort());
  });
});
