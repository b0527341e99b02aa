import fc from 'fast-check';
import { LEVELS, levelRank } from '@concord/risk-rules';
import type { CaseNeeds } from './case-needs.model';
import { MEDIATOR_TIERS, type Mediator } from './mediator.model';
import { DEFAULT_WEIGHTS } from './assignment-weights.model';
import { assignMediators } from './mediator.assigner';

const needs: CaseNeeds = {
  enterpriseId: 'ent-1',
  enterpriseGroupId: 'grp-1',
  regionPath: ['county-1', 'street-1', 'community-1'],
  level: 'YELLOW',
  collective: false,
  category: 'pay',
  industry: 'construction',
  languages: ['zh'],
};

function mediator(id: string, overrides: Partial<Mediator> = {}): Mediator {
  return {
    id,
    active: true,
    tiers: ['street'],
    regionIds: ['street-1'],
    languages: ['zh'],
    expertise: ['pay'],
    industries: ['construction'],
    capacity: 10,
    openCases: 2,
    unavailable: false,
    conflictEnterpriseIds: [],
    ...overrides,
  };
}

describe('assignMediators', () => {
  it('excludes each mediator by the first hard filter it fails', () => {
    const roster = [
      mediator('m-ok'),
      mediator('m-inactive', { active: false, unavailable: true }),
      mediator('m-leave', { unavailable: true }),
      mediator('m-county-only', { regionIds: ['county-2'] }),
      mediator('m-worked-there', { conflictEnterpriseIds: ['ent-1'] }),
      mediator('m-worked-for-group', { conflictEnterpriseIds: ['grp-1'] }),
      mediator('m-cantonese', { languages: ['yue'] }),
      mediator('m-full', { openCases: 10 }),
    ];
    const result = assignMediators(needs, roster);
    expect(result.ok && result.mediatorIds).toEqual(['m-ok']);
    expect(result.reason.excluded).toEqual([
      { mediatorId: 'm-cantonese', filter: 'language' },
      { mediatorId: 'm-county-only', filter: 'jurisdiction' },
      { mediatorId: 'm-full', filter: 'capacity' },
      { mediatorId: 'm-inactive', filter: 'inactive' },
      { mediatorId: 'm-leave', filter: 'unavailable' },
      { mediatorId: 'm-worked-for-group', filter: 'conflict' },
      { mediatorId: 'm-worked-there', filter: 'conflict' },
    ]);
    expect(result.reason.considered).toBe(8);
  });

  it('lets enterprise mediators take YELLOW cases but needs street or county tier from ORANGE up', () => {
    const roster = [mediator('m-enterprise', { tiers: ['enterprise'] }), mediator('m-county', { tiers: ['county'], openCases: 9 })];
    const yellow = assignMediators(needs, roster);
    expect(yellow).toMatchObject({ ok: true, mediatorIds: ['m-enterprise'], reason: { requiredTier: 'enterprise' } });

    const orange = assignMediators({ ...needs, level: 'ORANGE' }, roster);
    expect(orange).toMatchObject({ ok: true, mediatorIds: ['m-county'], reason: { requiredTier: 'street' } });
    expect(orange.reason.excluded).toEqual([{ mediatorId: 'm-enterprise', filter: 'tier' }]);
  });

  it('ranks by weighted score and explains each part', () => {
    const roster = [
      mediator('m-generalist', { expertise: ['contracts'], openCases: 0 }),
      mediator('m-specialist', { regionIds: ['community-1'], openCases: 5 }),
    ];
    const result = assignMediators(needs, roster);
    expect(result.ok && result.mediatorIds).toEqual(['m-specialist']);
    expect(result.reason.ranking).toEqual([
      {
        mediatorId: 'm-specialist',
        score: 0.8,
        parts: { expertise: 0.35, workload: 0.1, language: 0.15, proximity: 0.1, industry: 0.1, preference: 0 },
      },
      {
        mediatorId: 'm-generalist',
        score: 0.516667,
        parts: { expertise: 0, workload: 0.2, language: 0.15, proximity: 0.066667, industry: 0.1, preference: 0 },
      },
    ]);
    expect(result.reason.summary).toBe(
      'Assigned mediator m-specialist (score 0.8) to a pay case at level YELLOW, enterprise tier or above; 0 of 2 mediators excluded.',
    );
  });

  it('gives weight to the parties’ choice from the roster', () => {
    const roster = [mediator('m-a'), mediator('m-b')];
    expect(assignMediators({ ...needs, preferredMediatorIds: ['m-b'] }, roster)).toMatchObject({ mediatorIds: ['m-b'] });
  });

  it('breaks ties by id whatever the roster order', () => {
    const roster = [mediator('m-c'), mediator('m-a'), mediator('m-b')];
    expect(assignMediators(needs, roster)).toMatchObject({ ok: true, mediatorIds: ['m-a'] });
  });

  it('seats a panel of three for a collective case', () => {
    const roster = ['m-1', 'm-2', 'm-3', 'm-4'].map((id, i) => mediator(id, { openCases: i }));
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-1', 'm-2', 'm-3'], reason: { requiredTier: 'street' } });
    expect(result.reason.summary).toBe(
      'Assigned a panel of m-1, m-2, m-3 to a collective pay case at level YELLOW, street tier or above; 0 of 4 mediators excluded.',
    );
  });

  it('fails with a reason when a collective case cannot have a full panel', () => {
    const roster = [mediator('m-1'), mediator('m-2'), mediator('m-3', { conflictEnterpriseIds: ['ent-1'] })];
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result.ok).toBe(false);
    expect(result.reason.summary).toBe(
      'Cannot form a panel of 3 for a collective pay case at level YELLOW: only 2 eligible at street tier or above; 1 of 3 mediators excluded (1 conflict).',
    );
  });

  it('fails with a reason when nobody is eligible', () => {
    const result = assignMediators({ ...needs, level: 'RED' }, [mediator('m-1', { tiers: ['enterprise'] }), mediator('m-2', { openCases: 10 })]);
    expect(result).toEqual({
      ok: false,
      reason: expect.objectContaining({
        summary: 'No eligible mediator for a pay case at level RED at street tier or above; 2 of 2 mediators excluded (1 tier, 1 capacity).',
      }),
    });
  });

  it('does not seat the same mediator twice when the roster repeats them', () => {
    const roster = [mediator('m-1'), mediator('m-1'), mediator('m-2')];
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result.ok).toBe(false);
    expect(result.reason.excluded).toEqual([{ mediatorId: 'm-1', filter: 'duplicate' }]);
  });

  it('has no success-rate weight', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual(['expertise', 'industry', 'language', 'preference', 'proximity', 'workload']);
  });

  describe('invariants', () => {
    const pick = <T>(values: readonly T[]) => fc.subarray([...values]);
    const regions = ['county-1', 'street-1', 'street-2', 'community-1', 'community-2'];
    const mostly = (percent: number) => fc.integer({ min: 1, max: 100 }).map((x) => x <= percent);
    // Biased towards eligible mediators so that choices, and panels, actually get checked.
    const mediatorArb = fc.record({
      active: mostly(90),
      tiers: fc.subarray([...MEDIATOR_TIERS], { minLength: 1 }),
      regionIds: fc.subarray(regions, { minLength: 1 }),
      languages: fc.subarray(['zh', 'yue', 'en'], { minLength: 1 }),
      expertise: pick(['pay', 'contracts', 'hours']),
      industries: pick(['construction', 'catering']),
      capacity: fc.integer({ min: 0, max: 8 }),
      openCases: fc.integer({ min: 0, max: 6 }),
      unavailable: mostly(10),
      conflictEnterpriseIds: fc.subarray(['ent-1', 'grp-1', 'ent-2'], { maxLength: 1 }),
    });
    const rosterArb = fc
      .array(mediatorArb, { maxLength: 14 })
      .map((ms) => ms.map((m, i): Mediator => ({ ...m, id: `m-${String(i).padStart(2, '0')}` })));
    // Ids drawn from a small pool, so rosters that repeat a mediator come up often.
    const repeatingRosterArb = fc.array(
      fc.tuple(fc.constantFrom('m-a', 'm-b', 'm-c', 'm-d'), mediatorArb).map(([id, m]): Mediator => ({ ...m, id })),
      { maxLength: 14 },
    );
    const needsArb: fc.Arbitrary<CaseNeeds> = fc.record({
      enterpriseId: fc.constantFrom('ent-1', 'ent-2'),
      enterpriseGroupId: fc.constantFrom('grp-1', null),
      regionPath: fc.constantFrom(['county-1', 'street-1', 'community-1'], ['county-1', 'street-2']),
      level: fc.constantFrom(...LEVELS),
      collective: fc.boolean(),
      category: fc.constantFrom('pay', 'hours'),
      industry: fc.constantFrom('construction', 'catering'),
      languages: pick(['zh', 'yue']),
      preferredMediatorIds: fc.option(fc.array(fc.constantFrom('m-00', 'm-03', 'm-07')), { nil: undefined }),
    });
    const chosen = (n: CaseNeeds, ms: Mediator[]) => {
      const result = assignMediators(n, ms);
      return result.ok ? result.mediatorIds : [];
    };

    it('never chooses a mediator who fails a hard filter', () => {
      fc.assert(
        fc.property(needsArb, rosterArb, (n, ms) => {
          const escalated = n.collective || levelRank(n.level) >= levelRank('ORANGE');
          for (const id of chosen(n, ms)) {
            const m = ms.find((candidate) => candidate.id === id)!;
            expect(m.active && !m.unavailable && m.openCases < m.capacity).toBe(true);
            expect(m.tiers.some((t) => t !== 'enterprise' || !escalated)).toBe(true);
            expect(n.regionPath.some((r) => m.regionIds.includes(r))).toBe(true);
            expect(n.languages.length === 0 || n.languages.some((l) => m.languages.includes(l))).toBe(true);
          }
        }),
      );
    });

    it('never chooses a mediator with a conflict of interest', () => {
      fc.assert(
        fc.property(needsArb, rosterArb, (n, ms) => {
          const parties = [n.enterpriseId, n.enterpriseGroupId];
          for (const id of chosen(n, ms)) {
            const m = ms.find((candidate) => candidate.id === id)!;
            expect(parties.some((p) => p !== null && m.conflictEnterpriseIds.includes(p))).toBe(false);
          }
        }),
      );
    });

    it('gives the same result for the same case, whatever the roster order', () => {
      fc.assert(
        fc.property(
          needsArb,
          rosterArb.chain((ms) => fc.tuple(fc.constant(ms), fc.shuffledSubarray(ms, { minLength: ms.length }))),
          (n, [ms, shuffled]) => {
            expect(assignMediators(n, shuffled)).toEqual(assignMediators(n, ms));
          },
        ),
      );
    });

    it('seats distinct mediators, three for a collective case and one otherwise, or fails for lack of them', () => {
      fc.assert(
        fc.property(needsArb, fc.oneof(rosterArb, repeatingRosterArb), (n, ms) => {
          const result = assignMediators(n, ms);
          const needed = n.collective ? 3 : 1;
          expect(result.ok).toBe(result.reason.ranking.length >= needed);
          expect(result.reason.excluded.length + result.reason.ranking.length).toBe(ms.length);
          if (result.ok) {
            expect(result.mediatorIds).toHaveLength(needed);
            expect(new Set(result.mediatorIds).size).toBe(needed);
            expect(result.mediatorIds).toEqual(result.reason.ranking.slice(0, needed).map((r) => r.mediatorId));
          }
        }),
        { numRuns: 500 },
      );
    });

    it('ranks by score, then by id', () => {
      fc.assert(
        fc.property(needsArb, rosterArb, (n, ms) => {
          const { ranking } = assignMediators(n, ms).reason;
          for (let i = 1; i < ranking.length; i++) {
            const [prev, next] = [ranking[i - 1], ranking[i]];
            expect(prev.score > next.score || (prev.score === next.score && prev.mediatorId < next.mediatorId)).toBe(true);
          }
        }),
      );
    });
  });
});
