import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import type { Level } from '../../level.model';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { L1B_MASS_LAYOFF_WITHOUT_PROCEDURE as L1B } from './l1b-mass-layoff-without-procedure.indicator';

type Plan = HrEventData<'concord.hr.layoff_plan.v1'>;

/** 20 of 500 workers, announced 10 days ahead without the procedure, effective 2026-04-01. */
function plan(overrides: Partial<Plan> = {}): RecordedEvent {
  return recorded('concord.hr.layoff_plan.v1', '2026-03-22', {
    headcountBefore: 500,
    workersAffected: 20,
    legalGround: 'business_change_or_technology',
    announcedOn: '2026-03-22',
    effectiveOn: '2026-04-01',
    thirtyDayProcedure: false,
    unionNotified: false,
    laborAuthorityNotified: false,
    protectedWorkersIncluded: 0,
    compensationPlannedMinor: 0,
    currency: 'CNY',
    ...overrides,
  });
}

function levelOn(events: RecordedEvent[], asOf: string): Level {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { L1b: L1B.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [L1B], ruleSet })).level;
}

describe('L1b mass layoff without the notice procedure', () => {
  it.each<[string, Partial<Plan>, string, number | null, Level]>([
    ['exactly the legal minimum of workers', {}, '2026-03-25', 20, 'RED'],
    ['one worker below it, under 10 % of the workforce', { workersAffected: 19 }, '2026-03-25', null, 'GREEN'],
    ['exactly 10 % of a workforce of 100', { headcountBefore: 100, workersAffected: 10 }, '2026-03-25', 10, 'RED'],
    ['one worker below 10 % of 100', { headcountBefore: 100, workersAffected: 9 }, '2026-03-25', null, 'GREEN'],
    ['procedure declared but 29 days of notice', { thirtyDayProcedure: true, announcedOn: '2026-03-03' }, '2026-03-25', 20, 'RED'],
    ['procedure declared with exactly 30 days of notice (L1)', { thirtyDayProcedure: true, announcedOn: '2026-03-02' }, '2026-03-25', null, 'GREEN'],
    ['30 days of notice but the procedure not followed', { announcedOn: '2026-03-02' }, '2026-03-25', 20, 'RED'],
    ['still unresolved 30 days after the dismissals', {}, '2026-05-01', 20, 'RED'],
    ['settled 31 days after the dismissals', {}, '2026-05-02', null, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, level) => {
    const events = [plan(overrides)];
    expect(measure(L1B, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without a layoff plan', () => {
    expect(measure(L1B, [], '2026-03-25')).toBeNull();
  });

  it('explains why the procedure is missing', () => {
    const measured = measure(L1B, [plan({ thirtyDayProcedure: true })], '2026-03-25');
    expect(measured?.values).toMatchObject({ procedureDeclared: 'yes', noticeDays: 10, requiredNoticeDays: 30 });
    expect(measured?.unresolved).toBe(true);
  });

  it('takes the legal minimums from the legal profile', () => {
    const events = [plan({ workersAffected: 15 })];
    const legal = { ...scoreInput([], '2026-03-25').legal, massLayoffMinWorkers: 15 };
    expect(measure(L1B, events, '2026-03-25', { legal })?.value).toBe(15);
  });
});
