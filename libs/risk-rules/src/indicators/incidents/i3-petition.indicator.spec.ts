import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { I3_PETITION as I3 } from './i3-petition.indicator';

type Incident = HrEventData<'concord.hr.collective_incident.v1'>;

/** A petition of 5 to the enterprise that started 2026-04-01 and is still open. */
function incident(overrides: Partial<Incident> = {}): RecordedEvent {
  const data: Incident = {
    form: 'petition',
    location: 'workplace',
    participants: 5,
    startedAt: '2026-04-01T09:00:00+08:00',
    endedAt: null,
    demandCategories: ['contracts'],
    ...overrides,
  };
  return recorded('concord.hr.collective_incident.v1', '2026-04-01', data);
}

function levelOn(events: RecordedEvent[], asOf: string): string {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { I3: I3.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [I3], ruleSet })).level;
}

describe('I3 petition or online mobilisation', () => {
  it.each<[string, Partial<Incident>, string, number | null, string]>([
    ['a petition of 5', {}, '2026-04-01', 5, 'ORANGE'],
    ['a petition of 4', { participants: 4 }, '2026-04-01', 4, 'GREEN'],
    ['an online mobilisation of 9', { form: 'online_mobilisation', location: 'online', participants: 9 }, '2026-04-01', 9, 'ORANGE'],
    ['a gathering is not I3', { form: 'gathering' }, '2026-04-01', null, 'GREEN'],
    ['ended that day', { endedAt: '2026-04-02T12:00:00+08:00' }, '2026-04-02', 5, 'ORANGE'],
    ['ended the day before: settled', { endedAt: '2026-04-02T12:00:00+08:00' }, '2026-04-03', null, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, level) => {
    const events = [incident(overrides)];
    expect(measure(I3, events, asOf)?.value ?? null).toBe(value);
    expect(levelOn(events, asOf)).toBe(level);
  });

  it('measures nothing without incidents', () => {
    expect(measure(I3, [], '2026-04-01')).toBeNull();
  });

  it('reports the largest open one, unresolved', () => {
    const petition = incident();
    const online = incident({ form: 'online_mobilisation', location: 'online', participants: 7 });
    const measured = measure(I3, [petition, online], '2026-04-02');
    expect(measured).toMatchObject({ value: 7, unresolved: true, evidenceEventIds: [petition.id, online.id].sort() });
    expect(measured?.values).toMatchObject({ form: 'online_mobilisation', openIncidents: 2 });
  });
});
