import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import type { ComplaintChannel } from './complaint-records';
import { C3_EXTERNAL_COMPLAINTS as C3 } from './c3-external-complaints.indicator';

const ASOF = '2026-11-20';

function complaint(day: string, channel: ComplaintChannel, id?: string) {
  const data = {
    channel,
    category: 'working_time' as const,
    coSigners: 0,
    anonymous: true,
    text: 'Forced overtime every Sunday.',
    receivedAt: `${day}T02:00:00Z`,
    resolvedAt: null,
  };
  return recorded('concord.hr.complaint.v1', day, data, id);
}

function hotlineCalls(count: number) {
  return Array.from({ length: count }, () => complaint('2026-11-10', 'hotline_12351'));
}

function scoredPoints(events: Parameters<typeof scoreInput>[0]): number {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [C3], ruleSet: { ...DEFAULT_RULE_SET, indicators: { C3: C3.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('C3 complaints outside internal channels', () => {
  it.each`
    count | points
    ${1}  | ${10}
    ${2}  | ${20}
    ${3}  | ${30}
    ${4}  | ${40}
    ${5}  | ${40}
  `('$count external complaint(s): +$points', ({ count, points }) => {
    const events = hotlineCalls(count as number);

    expect(measure(C3, events, ASOF)).toMatchObject({ value: count, unresolved: false });
    expect(scoredPoints(events)).toBe(points);
  });

  it.each`
    channel               | external
    ${'hotline_12351'}    | ${true}
    ${'labor_inspection'} | ${true}
    ${'petition'}         | ${true}
    ${'online'}           | ${true}
    ${'internal'}         | ${false}
    ${'enterprise_union'} | ${false}
    ${'worker_portal'}    | ${false}
  `('a complaint through $channel is external: $external', ({ channel, external }) => {
    expect(measure(C3, [complaint('2026-11-10', channel as ComplaintChannel)], ASOF) !== null).toBe(external);
  });

  it('explains which channels were used', () => {
    const events = [complaint('2026-11-02', 'petition', 'a'), complaint('2026-11-10', 'hotline_12351', 'b'), complaint('2026-11-11', 'internal', 'c')];

    expect(measure(C3, events, ASOF)).toEqual({
      value: 2,
      values: { externalComplaints: 2, channels: 'hotline_12351, petition' },
      evidenceEventIds: ['a', 'b'],
      lastEvidenceDay: '2026-11-10',
      unresolved: false,
    });
  });

  it.each`
    receivedOn      | counted
    ${'2026-10-22'} | ${true}
    ${'2026-10-21'} | ${false}
    ${'2026-11-21'} | ${false}
  `('counts the last windowDays days only (received $receivedOn: $counted)', ({ receivedOn, counted }) => {
    expect(measure(C3, [complaint(receivedOn as string, 'online')], ASOF) !== null).toBe(counted);
  });
});
