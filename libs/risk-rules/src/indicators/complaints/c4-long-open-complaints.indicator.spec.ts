import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { C4_LONG_OPEN_COMPLAINTS as C4 } from './c4-long-open-complaints.indicator';

const ASOF = '2026-11-20';

function complaint(receivedOn: string, resolvedAt: string | null = null, id?: string) {
  const data = {
    channel: 'worker_portal' as const,
    category: 'contracts' as const,
    coSigners: 0,
    anonymous: true,
    text: 'No written contract after three months.',
    receivedAt: `${receivedOn}T02:00:00Z`,
    resolvedAt,
  };
  return recorded('concord.hr.complaint.v1', receivedOn, data, id);
}

function scoredPoints(events: Parameters<typeof scoreInput>[0]): number {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [C4], ruleSet: { ...DEFAULT_RULE_SET, indicators: { C4: C4.defaults } } }));
  return score.fired[0]?.points ?? 0;
}

describe('C4 complaints left unresolved', () => {
  it.each`
    case                                     | events                                                           | value | unresolved | points
    ${'open 16 days'}                        | ${[complaint('2026-11-04')]}                                     | ${1}  | ${true}    | ${10}
    ${'open 15 days'}                        | ${[complaint('2026-11-05')]}                                     | ${0}  | ${null}    | ${0}
    ${'resolved after 16 days'}              | ${[complaint('2026-10-20', '2026-11-05T02:00:00Z')]}             | ${1}  | ${false}   | ${10}
    ${'resolved after 15 days'}              | ${[complaint('2026-10-21', '2026-11-05T02:00:00Z')]}             | ${0}  | ${null}    | ${0}
    ${'resolved after the evaluation day'}   | ${[complaint('2026-11-01', '2026-11-25T02:00:00Z')]}             | ${1}  | ${true}    | ${10}
    ${'two open too long'}                   | ${[complaint('2026-10-01'), complaint('2026-11-01')]}             | ${2}  | ${true}    | ${10}
  `('$case: $value complaint(s), +$points', ({ events, value, unresolved, points }) => {
    const measured = measure(C4, events, ASOF);

    expect(measured?.value ?? 0).toBe(value);
    expect(measured?.unresolved ?? null).toBe(unresolved);
    expect(scoredPoints(events)).toBe(points);
  });

  it('explains the longest wait and stays open while one is open', () => {
    const events = [complaint('2026-10-01', '2026-10-30T02:00:00Z', 'a'), complaint('2026-11-01', null, 'b')];

    expect(measure(C4, events, ASOF)).toEqual({
      value: 2,
      values: { complaints: 2, stillOpen: 1, longestDaysOpen: 29 },
      evidenceEventIds: ['a', 'b'],
      lastEvidenceDay: ASOF,
      unresolved: true,
    });
  });

  it('decays from the resolution once every late complaint is resolved', () => {
    const events = [complaint('2026-08-01', '2026-09-21T02:00:00Z')];

    expect(measure(C4, events, ASOF)).toMatchObject({ unresolved: false, lastEvidenceDay: '2026-09-21' });
    // 60 days after the resolution: weight (180 - 60) / 150.
    expect(scoredPoints(events)).toBe(8);
  });

  it.each`
    resolvedAt                | counted
    ${'2026-05-24T02:00:00Z'} | ${true}
    ${'2026-05-23T02:00:00Z'} | ${false}
  `('counts a late resolution for lookbackDays (resolved $resolvedAt: $counted)', ({ resolvedAt, counted }) => {
    expect(measure(C4, [complaint('2026-04-01', resolvedAt as string)], ASOF) !== null).toBe(counted);
  });

  it('measures nothing without complaints', () => {
    expect(measure(C4, [], ASOF)).toBeNull();
  });
});
