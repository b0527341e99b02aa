import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput, testProfile } from '../../../test/rules.fixture';
import { C1_COMPLAINT_RATE as C1 } from './c1-complaint-rate.indicator';

const ASOF = '2026-11-20';

function complaint(day: string, id?: string) {
  const data = {
    channel: 'internal' as const,
    category: 'pay' as const,
    coSigners: 0,
    anonymous: true,
    text: 'October wages are late.',
    receivedAt: `${day}T02:00:00Z`,
    resolvedAt: null,
  };
  return recorded('concord.hr.complaint.v1', day, data, id);
}

function complaints(count: number, day = '2026-11-10') {
  return Array.from({ length: count }, () => complaint(day));
}

function scoredPoints(events: Parameters<typeof scoreInput>[0], registeredHeadcount: number): number {
  const ruleSet = { ...DEFAULT_RULE_SET, indicators: { C1: C1.defaults } };
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [C1], ruleSet, profile: testProfile({ registeredHeadcount }) }));
  return score.fired[0]?.points ?? 0;
}

describe('C1 complaint rate', () => {
  it.each`
    headcount | count | perHundred | points
    ${100}    | ${1}  | ${1}       | ${10}
    ${100}    | ${2}  | ${2}       | ${10}
    ${100}    | ${3}  | ${3}       | ${20}
    ${100}    | ${4}  | ${4}       | ${20}
    ${100}    | ${5}  | ${5}       | ${30}
    ${200}    | ${1}  | ${0.5}     | ${0}
    ${200}    | ${2}  | ${1}       | ${10}
    ${20}     | ${1}  | ${2}       | ${10}
  `('$count complaint(s) among $headcount workers: $perHundred per 100, +$points', ({ headcount, count, perHundred, points }) => {
    const events = complaints(count as number);

    expect(measure(C1, events, ASOF, { profile: { registeredHeadcount: headcount as number } })).toMatchObject({ value: perHundred, unresolved: false });
    expect(scoredPoints(events, headcount as number)).toBe(points);
  });

  it('explains the rate', () => {
    expect(measure(C1, [complaint('2026-11-01', 'a'), complaint('2026-11-12', 'b')], ASOF, { profile: { registeredHeadcount: 150 } })).toEqual({
      value: 200 / 150,
      values: { complaints: 2, workforce: 150, complaintsPer100Workers: 1.33 },
      evidenceEventIds: ['a', 'b'],
      lastEvidenceDay: '2026-11-12',
      unresolved: false,
    });
  });

  it('measures nothing without complaints', () => {
    expect(measure(C1, [], ASOF)).toBeNull();
  });

  it.each`
    receivedOn      | counted
    ${'2026-10-22'} | ${true}
    ${'2026-10-21'} | ${false}
    ${'2026-11-21'} | ${false}
  `('counts the last windowDays days only (received $receivedOn: $counted)', ({ receivedOn, counted }) => {
    expect(measure(C1, [complaint(receivedOn as string)], ASOF) !== null).toBe(counted);
  });
});
