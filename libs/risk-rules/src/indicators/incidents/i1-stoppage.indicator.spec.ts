import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData, RecordedEvent } from '../../history/enterprise-history';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import type { RuleSet } from '../../rules/rule-set.model';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { I1_STOPPAGE as I1 } from './i1-stoppage.indicator';

type Incident = HrEventData<'concord.hr.collective_incident.v1'>;

/** A workplace gathering of 10 that started 2026-04-01 and is still going on. */
function incident(overrides: Partial<Incident> = {}): RecordedEvent {
  const data: Incident = {
    form: 'gathering',
    location: 'workplace',
    participants: 10,
    startedAt: '2026-04-01T09:00:00+08:00',
    endedAt: null,
    demandCategories: ['pay'],
    ...overrides,
  };
  return recorded('concord.hr.collective_incident.v1', '2026-04-01', data);
}

function scored(events: RecordedEvent[], asOf: string) {
  const ruleSet: RuleSet = { ...DEFAULT_RULE_SET, indicators: { I1: I1.defaults } };
  return scoreEnterprise(scoreInput(events, asOf, { catalog: [I1], ruleSet }));
}

describe('I1 stoppage, slowdown or large collective incident', () => {
  it.each<[string, Partial<Incident>, string, number | null, string]>([
    ['a gathering of exactly 10', {}, '2026-04-01', 10, 'RED'],
    ['a gathering of 9', { participants: 9 }, '2026-04-01', null, 'GREEN'],
    ['a stoppage of 3', { form: 'stoppage', participants: 3 }, '2026-04-01', 3, 'RED'],
    ['a slowdown of 1', { form: 'slowdown', participants: 1 }, '2026-04-01', 1, 'RED'],
    ['an online mobilisation of 10', { form: 'online_mobilisation', location: 'online' }, '2026-04-01', 10, 'RED'],
    ['still going on weeks later', {}, '2026-06-01', 10, 'RED'],
    ['ended that day', { endedAt: '2026-04-03T18:00:00+08:00' }, '2026-04-03', 10, 'RED'],
    ['ended the day before: settled', { endedAt: '2026-04-03T18:00:00+08:00' }, '2026-04-04', null, 'GREEN'],
  ])('%s', (_case, overrides, asOf, value, level) => {
    const events = [incident(overrides)];
    expect(measure(I1, events, asOf)?.value ?? null).toBe(value);
    const result = scored(events, asOf);
    expect(result.level).toBe(level);
    expect(result.score).toBe(0);
  });

  it('measures nothing without incidents', () => {
    expect(measure(I1, [], '2026-04-01')).toBeNull();
  });

  it('reports the largest open incident, unresolved, citing every qualifying one', () => {
    const stoppage = incident({ form: 'stoppage', participants: 4 });
    const gathering = incident({ participants: 25, demandCategories: ['pay', 'working_time'] });
    const small = incident({ participants: 6 });
    const measured = measure(I1, [stoppage, gathering, small], '2026-04-02');
    expect(measured).toMatchObject({ value: 25, unresolved: true, lastEvidenceDay: '2026-04-02', evidenceEventIds: [stoppage.id, gathering.id].sort() });
    expect(measured?.values).toMatchObject({ form: 'gathering', location: 'workplace', endedAt: 'ongoing', demands: 'pay, working_time', openIncidents: 2 });
  });
});
