import { addDays } from '../../calendar-day.util';
import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { C2_COLLECTIVE_COMPLAINT as C2 } from './c2-collective-complaint.indicator';

const ASOF = '2026-11-20';

interface ComplaintCase {
  category?: 'pay' | 'safety';
  coSigners?: number;
  resolvedOn?: string;
  pseudonym?: string;
  id?: string;
}

function complaint(day: string, { category = 'pay', coSigners = 0, resolvedOn, pseudonym, id }: ComplaintCase = {}) {
  const data = {
    channel: 'internal' as const,
    category,
    coSigners,
    anonymous: false,
    text: 'October wages are late.',
    receivedAt: `${day}T02:00:00Z`,
    resolvedAt: resolvedOn ? `${resolvedOn}T02:00:00Z` : null,
    ...(pseudonym ? { complainantPseudonym: pseudonym } : {}),
  };
  return recorded('concord.hr.complaint.v1', day, data, id);
}

/** `count` complaints by different workers, one a day from `firstDay`. */
function daily(count: number, firstDay: string, options: ComplaintCase = {}) {
  return Array.from({ length: count }, (_, i) => complaint(addDays(firstDay, i), options));
}

function scored(events: Parameters<typeof scoreInput>[0], asOf = ASOF) {
  const score = scoreEnterprise(scoreInput(events, asOf, { catalog: [C2], ruleSet: { ...DEFAULT_RULE_SET, indicators: { C2: C2.defaults } } }));
  return { points: score.fired[0]?.points ?? 0, floor: score.fired[0]?.floor ?? null, level: score.level };
}

describe('C2 collective complaint', () => {
  it.each`
    case                                                 | events                                                                   | reached
    ${'5 complainants, same category, within 7 days'}    | ${daily(5, '2026-11-14')}                                                | ${true}
    ${'4 complainants'}                                  | ${daily(4, '2026-11-14')}                                                | ${false}
    ${'5 complainants over 8 days'}                      | ${[...daily(4, '2026-11-12'), complaint('2026-11-19')]}                  | ${false}
    ${'5 complaints by one pseudonymous worker'}         | ${daily(5, '2026-11-14', { pseudonym: 'w-1' })}                          | ${false}
    ${'5 complaints in two categories'}                  | ${[...daily(3, '2026-11-14'), ...daily(2, '2026-11-14', { category: 'safety' })]} | ${false}
    ${'one complaint with 10 co-signers'}                | ${[complaint('2026-11-14', { coSigners: 10 })]}                          | ${true}
    ${'one complaint with 9 co-signers'}                 | ${[complaint('2026-11-14', { coSigners: 9 })]}                           | ${false}
  `('$case → reached: $reached', ({ events, reached }) => {
    expect(measure(C2, events, ASOF)?.value ?? 0).toBe(reached ? 1 : 0);
    expect(scored(events)).toEqual(reached ? { points: 25, floor: 'YELLOW', level: 'YELLOW' } : { points: 0, floor: null, level: 'GREEN' });
  });

  it('explains the burst', () => {
    const events = [complaint('2026-11-14', { coSigners: 12, id: 'a' }), complaint('2026-11-16', { id: 'b', resolvedOn: '2026-11-17' }), complaint('2026-11-16', { category: 'safety', id: 'c' })];

    expect(measure(C2, events, ASOF)).toEqual({
      value: 1,
      values: { category: 'pay', complaints: 2, complainants: 2, workersInvolved: 14, maxCoSigners: 12, openComplaints: 1 },
      evidenceEventIds: ['a', 'b'],
      lastEvidenceDay: ASOF,
      unresolved: true,
    });
  });

  it('stays open, with its floor, while any complaint of the burst is open', () => {
    const events = [...daily(4, '2026-06-01', { resolvedOn: '2026-06-20' }), complaint('2026-06-05')];

    expect(measure(C2, events, ASOF)).toMatchObject({ unresolved: true, lastEvidenceDay: ASOF });
    expect(scored(events)).toEqual({ points: 25, floor: 'YELLOW', level: 'YELLOW' });
  });

  it('once resolved, loses the floor and decays from the last resolution', () => {
    const events = daily(5, '2026-08-01', { resolvedOn: '2026-09-21' });

    expect(measure(C2, events, ASOF)).toMatchObject({ unresolved: false, lastEvidenceDay: '2026-09-21' });
    // 60 days after the resolution: weight (180 - 60) / 150.
    expect(scored(events)).toEqual({ points: 20, floor: null, level: 'BLUE' });
  });

  it.each`
    resolvedOn      | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
  `('counts a resolved burst for lookbackDays (resolved $resolvedOn: $measured)', ({ resolvedOn, measured }) => {
    expect(measure(C2, daily(5, '2026-05-01', { resolvedOn: resolvedOn as string }), ASOF) !== null).toBe(measured);
  });

  it('measures nothing without complaints', () => {
    expect(measure(C2, [], ASOF)).toBeNull();
  });
});
