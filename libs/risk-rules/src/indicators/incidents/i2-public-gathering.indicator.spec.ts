import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { I2_PUBLIC_GATHERING as I2 } from './i2-public-gathering.indicator';

type Incident = HrEventData<'concord.hr.collective_incident.v1'>;

/** A gathering of 3 in public that started 2026-04-01 and is still going on. */
function incident(overrides: Partial<Incident> = {}): RecordedEvent {
  const data: Incident = {
    form: 'gathering',
    location: 'public',
    participants: 3,
    startedAt: '2026-04-01T09:00:00+08:00',
    endedAt: null,
    demandCategories: ['pay'],
    ...overrides,
  };
  return recorded('concord.hr.collective_incident.v1', '2026-04-01', data);
}

function scored(events: RecordedEvent[], asOf: string) {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { I2: I2.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [I2], ruleSet }));
}

describe('I2 public or government-site gathering, road block', () => {
  it.each<[string, Partial<Incident>, string, number | null, string]>([
    ['a gathering in public', {}, '2026-04-01', 3, 'RED'],
    ['a gathering at a government site', { location: 'government_site' }, '2026-04-01', 3, 'RED'],
    ['a collective petition visit at a government site', { form: 'petition', location: 'government_site' }, '2026-04-01', 3, 'RED'],
    ['a road block', { form: 'road_block', location: 'workplace' }, '2026-04-01', 3, 'RED'],
    ['a gathering at the workplace', { location: 'workplace' }, '2026-04-01', null, 'GREEN'],
    ['an online mobilisation', { form: 'online_mobilisation', location: 'online' }, '2026-04-01', null, 'GREEN'],
    ['ended that day', { endedAt: '2026-04-01T17:00:00+08:00' }, '2026-04-01', 3, 'RED'],
    ['ended the day before: settled', { endedAt: '2026-04-01T17:00:00+08:00' }, '2026-04-02', null, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, level) => {
    const events = [incident(overrides)];
    expect(measure(I2, events, asOf)?.value ?? null).toBe(value);
    expect(scored(events, asOf).level).toBe(level);
  });

  it('measures nothing without incidents', () => {
    expect(measure(I2, [], '2026-04-01')).toBeNull();
  });

  it('tells whoever reads the fired rule to hand the case to the government emergency command', () => {
    const gathering = incident({ participants: 40 });
    const [fired] = scored([gathering], '2026-04-01').fired;
    expect(fired).toMatchObject({ ruleId: 'I2', trigger: true, floor: 'RED', evidenceEventIds: [gathering.id] });
    expect(fired.summary).toContain('hand to the government emergency command');
    expect(fired.values).toMatchObject({ value: 40, action: 'hand to the government emergency command', location: 'public' });
  });
});
