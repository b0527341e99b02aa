import { DEFAULT_RULE_SET } from '../../rules/default-rule-set';
import { scoreEnterprise } from '../../scoring/score-enterprise';
import { measure, recorded, scoreInput } from '../../../test/rules.fixture';
import { C2L_LARGE_COLLECTIVE_COMPLAINT as C2L } from './c2l-large-collective-complaint.indicator';

const ASOF = '2026-11-20';

function complaint(day: string, coSigners: number, options: { resolvedOn?: string; pseudonym?: string; category?: 'pay' | 'safety' } = {}) {
  const data = {
    channel: 'enterprise_union' as const,
    category: options.category ?? 'pay',
    coSigners,
    anonymous: false,
    text: 'No overtime pay since August.',
    receivedAt: `${day}T02:00:00Z`,
    resolvedAt: options.resolvedOn ? `${options.resolvedOn}T02:00:00Z` : null,
    ...(options.pseudonym ? { complainantPseudonym: options.pseudonym } : {}),
  };
  return recorded('concord.hr.complaint.v1', day, data);
}

function scored(events: Parameters<typeof scoreInput>[0]) {
  const score = scoreEnterprise(scoreInput(events, ASOF, { catalog: [C2L], ruleSet: { ...DEFAULT_RULE_SET, indicators: { C2L: C2L.defaults } } }));
  return { floor: score.fired[0]?.floor ?? null, level: score.level };
}

describe('C2L large collective complaint', () => {
  it.each`
    case                                                    | events                                                                                        | workers | floor
    ${'one complaint, 29 co-signers'}                       | ${[complaint('2026-11-14', 29)]}                                                              | ${30}   | ${'ORANGE'}
    ${'one complaint, 28 co-signers'}                       | ${[complaint('2026-11-14', 28)]}                                                              | ${29}   | ${null}
    ${'three complaints of 10 workers (C2 not reached)'}    | ${[complaint('2026-11-14', 9), complaint('2026-11-15', 9), complaint('2026-11-16', 9)]}       | ${30}   | ${'ORANGE'}
    ${'one pseudonymous worker counted once'}               | ${[complaint('2026-11-14', 14, { pseudonym: 'w-1' }), complaint('2026-11-15', 14, { pseudonym: 'w-1' })]} | ${29} | ${null}
    ${'two categories are two grievances'}                  | ${[complaint('2026-11-14', 14), complaint('2026-11-15', 14, { category: 'safety' })]}         | ${15}   | ${null}
    ${'complaints 7 days apart are two grievances'}         | ${[complaint('2026-11-07', 14), complaint('2026-11-14', 14)]}                                 | ${15}   | ${null}
    ${'complaints 6 days apart are one'}                    | ${[complaint('2026-11-08', 14), complaint('2026-11-14', 14)]}                                 | ${30}   | ${'ORANGE'}
  `('$case: $workers workers, floor $floor', ({ events, workers, floor }) => {
    expect(measure(C2L, events, ASOF)).toMatchObject({ value: workers, unresolved: true });
    expect(scored(events)).toEqual({ floor, level: floor ?? 'GREEN' });
  });

  it('holds the floor only while a complaint is open', () => {
    const events = [complaint('2026-11-14', 40, { resolvedOn: '2026-11-18' })];

    expect(measure(C2L, events, ASOF)).toMatchObject({ value: 41, unresolved: false, lastEvidenceDay: '2026-11-18' });
    expect(scored(events)).toEqual({ floor: null, level: 'GREEN' });
  });

  it('prefers an open grievance to a larger resolved one', () => {
    const events = [complaint('2026-10-01', 50, { resolvedOn: '2026-10-10' }), complaint('2026-11-14', 35)];

    expect(measure(C2L, events, ASOF)).toMatchObject({ value: 36, unresolved: true });
  });

  it.each`
    resolvedOn      | measured
    ${'2026-05-24'} | ${true}
    ${'2026-05-23'} | ${false}
  `('counts a resolved grievance for lookbackDays (resolved $resolvedOn: $measured)', ({ resolvedOn, measured }) => {
    expect(measure(C2L, [complaint('2026-05-01', 40, { resolvedOn: resolvedOn as string })], ASOF) !== null).toBe(measured);
  });

  it('measures nothing without complaints', () => {
    expect(measure(C2L, [], ASOF)).toBeNull();
  });
});
