import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { HrEventData } from '../../history/enterprise-history';
import { C5_PLANNED_GATHERING as C5 } from './c5-planned-gathering.indicator';

const ASOF = '2026-11-20';

type Incident = HrEventData<'concord.hr.collective_incident.v1'>;

function incident(reportedOn: string, form: Incident['form'], startedAt: string, id?: string) {
  const data: Incident = {
    form,
    location: form === 'gathering' ? 'government_site' : 'public',
    participants: 60,
    startedAt,
    endedAt: null,
    demandCategories: ['pay'],
  };
  return recorded('concord.hr.collective_incident.v1', reportedOn, data, id);
}

function scored(events: Parameters<typeof scoreInput>[0]) {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [C5], ruleSet: { ...DEFAULT_RULE_SET, indicators: { C5: C5.defaults } } }));
  return { trigger: score.fired[0]?.trigger ?? false, level: score.level };
}

describe('C5 gathering planned', () => {
  it.each`
    case                                       | form                     | startedAt                  | planned
    ${'a gathering starting tomorrow'}         | ${'gathering'}           | ${'2026-11-21T01:00:00Z'}  | ${true}
    ${'a road block starting next week'}       | ${'road_block'}          | ${'2026-11-27T01:00:00Z'}  | ${true}
    ${'a gathering starting today'}            | ${'gathering'}           | ${'2026-11-20T01:00:00Z'}  | ${false}
    ${'a gathering that started yesterday'}    | ${'gathering'}           | ${'2026-11-19T01:00:00Z'}  | ${false}
    ${'a planned petition'}                    | ${'petition'}            | ${'2026-11-21T01:00:00Z'}  | ${false}
    ${'a planned online mobilisation'}         | ${'online_mobilisation'} | ${'2026-11-21T01:00:00Z'}  | ${false}
    ${'a planned stoppage'}                    | ${'stoppage'}            | ${'2026-11-21T01:00:00Z'}  | ${false}
  `('$case → RED trigger: $planned', ({ form, startedAt, planned }) => {
    const events = [incident('2026-11-18', form as Incident['form'], startedAt as string)];

    expect(measure(C5, events, ASOF)?.value ?? 0).toBe(planned ? 1 : 0);
    expect(scored(events)).toEqual(planned ? { trigger: true, level: 'RED' } : { trigger: false, level: 'GREEN' });
  });

  it('explains what is planned, and when', () => {
    const events = [incident('2026-11-18', 'gathering', '2026-11-25T01:00:00Z', 'a'), incident('2026-11-19', 'road_block', '2026-11-23T01:00:00Z', 'b')];

    expect(measure(C5, events, ASOF)).toEqual({
      value: 2,
      values: { firstPlannedOn: '2026-11-23', forms: 'gathering, road_block', locations: 'government_site, public', mostParticipants: 60 },
      evidenceEventIds: ['a', 'b'],
      lastEvidenceDay: ASOF,
      unresolved: true,
    });
  });

  it('counts a planned gathering reported with its planned start as business time', () => {
    expect(measure(C5, [incident('2026-11-25', 'gathering', '2026-11-25T01:00:00Z')], ASOF)).toMatchObject({ value: 1 });
  });

  it('measures nothing without incidents', () => {
    expect(measure(C5, [], ASOF)).toBeNull();
  });
});
