import fc from 'fast-check';
import { levelRank } from '@concord/risk-rules';
import { baseNeeds as needs, mediator, needsArb, repeatingRosterArb, rosterArb } from '../test/roster.arbitrary';
import type { CaseNeeds } from './case-needs.model';
import { MEDIATOR_TIERS, type Mediator } from './mediator.model';
import { DEFAULT_WEIGHTS } from './assignment-weights.model';
import { assignMediators } from './mediator.assigner';

describe('assignMediators', () => {
  it('excludes each mediator by the first hard filter it fails', () => {
    const roster = [
      mediator('m-ok'),
      mediator('m-recused', { active: false }),
      mediator('m-inactive', { active: false, unavailable: true }),
      mediator('m-leave', { unavailable: true }),
      mediator('m-county-only', { regionIds: ['county-2'] }),
      mediator('m-worked-there', { conflictEnterpriseIds: ['ent-1'] }),
      mediator('m-worked-for-group', { conflictEnterpriseIds: ['grp-1'] }),
      mediator('m-cantonese', { languages: ['yue'] }),
      mediator('m-full', { openCases: 10 }),
    ];
    const result = assignMediators({ ...needs, excludedMediatorIds: ['m-recused'] }, roster);
    expect(result.ok && result.mediatorIds).toEqual(['m-ok']);
    expect(result.reason.excluded).toEqual([
      { mediatorId: 'm-cantonese', filter: 'language' },
      { mediatorId: 'm-county-only', filter: 'jurisdiction' },
      { mediatorId: 'm-full', filter: 'capacity' },
      { mediatorId: 'm-inactive', filter: 'inactive' },
      { mediatorId: 'm-leave', filter: 'unavailable' },
      { mediatorId: 'm-recused', filter: 'recused' },
      { mediatorId: 'm-worked-for-group', filter: 'conflict' },
      { mediatorId: 'm-worked-there', filter: 'conflict' },
    ]);
    expect(result.reason.considered).toBe(9);
  });

  it('lets enterprise mediators take YELLOW cases but needs street or county tier from ORANGE up', () => {
    const roster = [mediator('m-enterprise', { tiers: ['enterprise'] }), mediator('m-county', { tiers: ['county'], openCases: 9 })];
    const yellow = assignMediators(needs, roster);
    expect(yellow).toMatchObject({ ok: true, mediatorIds: ['m-enterprise'], reason: { requiredTier: 'enterprise' } });

    const orange = assignMediators({ ...needs, level: 'ORANGE' }, roster);
    expect(orange).toMatchObject({ ok: true, mediatorIds: ['m-county'], reason: { requiredTier: 'street' } });
    expect(orange.reason.excluded).toEqual([{ mediatorId: 'm-enterprise', filter: 'tier' }]);
  });

  it('needs at least the tier an escalated case was escalated to', () => {
    const roster = [mediator('m-street'), mediator('m-county', { tiers: ['county'], openCases: 9 })];
    const escalated = assignMediators({ ...needs, minimumTier: 'county' }, roster);
    expect(escalated).toMatchObject({ ok: true, mediatorIds: ['m-county'], reason: { requiredTier: 'county' } });
    expect(escalated.reason.excluded).toEqual([{ mediatorId: 'm-street', filter: 'tier' }]);
    // A floor never lowers what the case itself needs.
    expect(assignMediators({ ...needs, level: 'RED', minimumTier: 'enterprise' }, roster).reason.requiredTier).toBe('street');
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
    expect(result.reason.partyChoice).toBeUndefined();
  });

  it('gives weight to one party’s preference', () => {
    const roster = [mediator('m-a'), mediator('m-b')];
    expect(assignMediators({ ...needs, preferredMediatorIds: ['m-b'] }, roster)).toMatchObject({ mediatorIds: ['m-b'] });
  });

  it('seats the mediator both parties chose from the roster, even over a better score', () => {
    const roster = [mediator('m-best', { openCases: 0 }), mediator('m-chosen', { openCases: 9, expertise: [] })];
    const result = assignMediators({ ...needs, chosenMediatorIds: ['m-chosen'] }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-chosen'], reason: { partyChoice: [{ mediatorId: 'm-chosen', seated: true, note: 'seated' }] } });
    expect(result.reason.ranking[0].mediatorId).toBe('m-best');
    expect(result.reason.summary).toMatch(/Assigned mediator m-chosen .* Chosen by the parties: m-chosen seated\.$/);
  });

  it('says why the parties’ choice could not be seated, and assigns by score instead', () => {
    const roster = [mediator('m-a'), mediator('m-conflicted', { conflictEnterpriseIds: ['ent-1'] })];
    const result = assignMediators({ ...needs, chosenMediatorIds: ['m-conflicted', 'm-gone'] }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-a'] });
    expect(result.reason.partyChoice).toEqual([
      { mediatorId: 'm-conflicted', seated: false, note: 'excluded: conflict' },
      { mediatorId: 'm-gone', seated: false, note: 'not on the roster' },
    ]);
    expect(result.reason.summary).toContain('Chosen by the parties: m-conflicted not seated (excluded: conflict); m-gone not seated (not on the roster).');
  });

  it('never seats a recused mediator, whoever asks for them', () => {
    const roster = [mediator('m-a'), mediator('m-recused', { openCases: 0 })];
    const result = assignMediators({ ...needs, chosenMediatorIds: ['m-recused'], excludedMediatorIds: ['m-recused'] }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-a'] });
    expect(result.reason.partyChoice).toEqual([{ mediatorId: 'm-recused', seated: false, note: 'excluded: recused' }]);
  });

  it('breaks ties by id whatever the roster order', () => {
    const roster = [mediator('m-c'), mediator('m-a'), mediator('m-b')];
    expect(assignMediators(needs, roster)).toMatchObject({ ok: true, mediatorIds: ['m-a'] });
  });

  it('seats a balanced panel of three for a collective case', () => {
    const roster = [
      mediator('m-1', { openCases: 0, affiliation: 'union' }),
      mediator('m-2', { openCases: 1, affiliation: 'union' }),
      mediator('m-3', { openCases: 2, affiliation: 'government' }),
      mediator('m-4', { openCases: 3, affiliation: 'independent' }),
    ];
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-1', 'm-3', 'm-4'], reason: { requiredTier: 'street' } });
    expect(result.reason.summary).toBe(
      'Assigned a balanced panel of m-1 (union), m-3 (government), m-4 (independent) to a collective pay case at level YELLOW, street tier or above; 0 of 4 mediators excluded.',
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

  it('fails with a reason when three are eligible but no three of them balance', () => {
    const roster = [mediator('m-1', { affiliation: 'union' }), mediator('m-2', { affiliation: 'union' }), mediator('m-3'), mediator('m-4')];
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result.ok).toBe(false);
    expect(result.reason.summary).toBe(
      'Cannot form a balanced panel of 3 for a collective pay case at level YELLOW: 4 eligible at street tier or above (2 union, 2 unrecorded), ' +
        'but no three of them have at least two different recorded affiliations, at most one mediator from the union and at most one from employers’ organisations, ' +
        'and at least one versed in the case category when anyone eligible is; 0 of 4 mediators excluded.',
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
    const roster = [mediator('m-1', { affiliation: 'union' }), mediator('m-1', { affiliation: 'government' }), mediator('m-2', { affiliation: 'independent' })];
    const result = assignMediators({ ...needs, collective: true }, roster);
    expect(result.ok).toBe(false);
    expect(result.reason.excluded).toEqual([{ mediatorId: 'm-1', filter: 'duplicate' }]);
  });

  it('has no success-rate weight', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual(['expertise', 'industry', 'language', 'preference', 'proximity', 'workload']);
  });

  describe('invariants', () => {
    const chosen = (n: CaseNeeds, ms: Mediator[]) => {
      const result = assignMediators(n, ms);
      return result.ok ? result.mediatorIds : [];
    };

    it('never chooses a mediator who fails a hard filter', () => {
      fc.assert(
        fc.property(needsArb, fc.oneof(rosterArb, repeatingRosterArb), (n, ms) => {
          const escalated = n.collective || levelRank(n.level) >= levelRank('ORANGE');
          const floor = MEDIATOR_TIERS.indexOf(n.minimumTier ?? 'enterprise');
          for (const id of chosen(n, ms)) {
            const m = ms.find((candidate) => candidate.id === id)!;
            expect(n.excludedMediatorIds ?? []).not.toContain(id);
            expect(m.active && !m.unavailable && m.openCases < m.capacity).toBe(true);
            expect(m.tiers.some((t) => (t !== 'enterprise' || !escalated) && MEDIATOR_TIERS.indexOf(t) >= floor)).toBe(true);
            expect(n.regionPath.some((r) => m.regionIds.includes(r))).toBe(true);
            expect(n.languages.length === 0 || n.languages.some((l) => m.languages.includes(l))).toBe(true);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('never chooses a mediator with a conflict of interest, standing or from employment in the last 2 years', () => {
      const twoYearsBefore = (day: string) => `${Number(day.slice(0, 4)) - 2}${day.slice(4)}`;
      fc.assert(
        fc.property(needsArb, rosterArb, (n, ms) => {
          const parties = [n.enterpriseId, n.enterpriseGroupId].filter((p) => p !== null);
          for (const id of chosen(n, ms)) {
            const m = ms.find((candidate) => candidate.id === id)!;
            expect(parties.some((p) => m.conflictEnterpriseIds.includes(p))).toBe(false);
            const recentWithParty = (m.employmentHistory ?? []).filter(
              (s) =>
                (parties.includes(s.employerId) || (n.enterpriseGroupId !== null && s.groupId === n.enterpriseGroupId)) &&
                (s.until === null || n.openedOn === undefined || s.until >= twoYearsBefore(n.openedOn)),
            );
            expect(recentWithParty).toEqual([]);
          }
        }),
        { numRuns: 500 },
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
          expect(result.reason.excluded.length + result.reason.ranking.length).toBe(ms.length);
          if (!n.collective) expect(result.ok).toBe(result.reason.ranking.length >= 1);
          if (result.reason.ranking.length < needed) expect(result.ok).toBe(false);
          if (result.ok) {
            expect(result.mediatorIds).toHaveLength(needed);
            expect(new Set(result.mediatorIds).size).toBe(needed);
            const ranked = result.reason.ranking.map((r) => r.mediatorId);
            expect(result.mediatorIds.every((id) => ranked.includes(id))).toBe(true);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('seats the best-scored mediator of an individual case unless the parties chose an eligible one', () => {
      fc.assert(
        fc.property(needsArb, rosterArb, (n, ms) => {
          const result = assignMediators({ ...n, collective: false }, ms);
          if (!result.ok) return;
          const ranked = result.reason.ranking.map((r) => r.mediatorId);
          const chosenEligible = ranked.filter((id) => n.chosenMediatorIds?.includes(id));
          expect(result.mediatorIds).toEqual([chosenEligible[0] ?? ranked[0]]);
        }),
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
