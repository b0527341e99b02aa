import fc from 'fast-check';
import { baseNeeds, mediator } from '../test/roster.arbitrary';
import { DEFAULT_WEIGHTS } from './assignment-weights.model';
import { panelImbalance } from './balanced-panel.policy';
import { MEDIATOR_AFFILIATIONS, type Mediator, type MediatorAffiliation } from './mediator.model';
import { assignMediators } from './mediator.assigner';

const collective = { ...baseNeeds, collective: true };
const seat = (roster: Mediator[], needs = collective, weights = DEFAULT_WEIGHTS) => {
  const result = assignMediators(needs, roster, weights);
  return result.ok ? result.mediatorIds : null;
};

describe('balanced panels', () => {
  it('lets neither side hold two seats', () => {
    const roster = [
      mediator('m-emp-1', { affiliation: 'employers', openCases: 0 }),
      mediator('m-emp-2', { affiliation: 'employers', openCases: 0 }),
      mediator('m-union', { affiliation: 'union', openCases: 5 }),
      mediator('m-gov', { affiliation: 'government', openCases: 6 }),
    ];
    expect(seat(roster)).toEqual(['m-emp-1', 'm-union', 'm-gov']);
  });

  it('may seat two neutral mediators beside one from a side', () => {
    const roster = [
      mediator('m-gov-1', { affiliation: 'government', openCases: 0 }),
      mediator('m-gov-2', { affiliation: 'government', openCases: 0 }),
      mediator('m-union', { affiliation: 'union', openCases: 1 }),
    ];
    expect(seat(roster)).toEqual(['m-gov-1', 'm-gov-2', 'm-union']);
  });

  it('never takes an unrecorded affiliation for a second side', () => {
    expect(panelImbalance([mediator('a', { affiliation: 'union' }), mediator('b'), mediator('c')], 'pay', true)).toBe('fewer than two recorded affiliations');
    expect(panelImbalance([mediator('a', { affiliation: 'union' }), mediator('b', { affiliation: 'independent' }), mediator('c')], 'pay', true)).toBeNull();
  });

  it('seats someone versed in the category when anyone eligible is', () => {
    const roster = [
      mediator('m-1', { affiliation: 'union', expertise: [], openCases: 0 }),
      mediator('m-2', { affiliation: 'government', expertise: [], openCases: 0 }),
      mediator('m-3', { affiliation: 'independent', expertise: [], openCases: 0 }),
      mediator('m-expert', { affiliation: 'independent', expertise: ['pay'], openCases: 9 }),
    ];
    // With expertise out of the score, only the balance rule can bring the least-scored m-expert in.
    const noExpertiseWeight = { ...DEFAULT_WEIGHTS, expertise: 0 };
    expect(seat(roster, collective, noExpertiseWeight)).toEqual(['m-1', 'm-2', 'm-expert']);
    expect(seat(roster.slice(0, 3), collective, noExpertiseWeight)).toEqual(['m-1', 'm-2', 'm-3']);
  });

  it('seats the parties’ choices as far as balance allows, and says why not the rest', () => {
    const roster = [
      mediator('m-best', { affiliation: 'government', openCases: 0 }),
      mediator('m-union-1', { affiliation: 'union', openCases: 8 }),
      mediator('m-union-2', { affiliation: 'union', openCases: 8 }),
      mediator('m-ind', { affiliation: 'independent', openCases: 9 }),
    ];
    const result = assignMediators({ ...collective, chosenMediatorIds: ['m-union-1', 'm-union-2', 'm-ind'] }, roster);
    expect(result).toMatchObject({ ok: true, mediatorIds: ['m-best', 'm-union-1', 'm-ind'] });
    expect(result.reason.partyChoice).toEqual([
      { mediatorId: 'm-ind', seated: true, note: 'seated' },
      { mediatorId: 'm-union-1', seated: true, note: 'seated' },
      { mediatorId: 'm-union-2', seated: false, note: 'no balanced panel with them seats as many of the parties’ choices with a higher score' },
    ]);
  });

  describe('invariants', () => {
    // Everyone passes the hard filters, so the properties are about the panel alone.
    const rosterOf = (affiliations: readonly (MediatorAffiliation | undefined)[], maxLength: number) =>
      fc
        .array(
          fc.record({
            affiliation: fc.constantFrom(...affiliations),
            expertise: fc.subarray(['pay', 'hours']),
            openCases: fc.integer({ min: 0, max: 9 }),
          }),
          { maxLength },
        )
        .map((ms) => ms.map((m, i) => mediator(`m-${i}`, m)));
    // The narrow roster has few kinds of mediator and many of each, so the short list really cuts.
    const eligibleArb = fc.oneof(rosterOf([...MEDIATOR_AFFILIATIONS, undefined], 9), rosterOf(['union', 'government'], 14));
    const chosenArb = fc.subarray(['m-0', 'm-1', 'm-2', 'm-3', 'm-4'], { maxLength: 4 });

    it('seats the balanced panel with most choices, then the best total, as a search of every three would', () => {
      fc.assert(
        fc.property(eligibleArb, chosenArb, (roster, chosenIds) => {
          const needs = { ...collective, chosenMediatorIds: chosenIds };
          const result = assignMediators(needs, roster);
          const { ranking } = result.reason;
          const byId = new Map(roster.map((m) => [m.id, m]));
          const expertAvailable = roster.some((m) => m.expertise.includes('pay'));
          let best: { ids: string[]; key: [number, number] } | null = null;
          for (let i = 0; i < ranking.length; i++)
            for (let j = i + 1; j < ranking.length; j++)
              for (let k = j + 1; k < ranking.length; k++) {
                const panel = [ranking[i], ranking[j], ranking[k]];
                if (panelImbalance(panel.map((r) => byId.get(r.mediatorId)!), 'pay', expertAvailable)) continue;
                const key: [number, number] = [
                  panel.filter((r) => chosenIds.includes(r.mediatorId)).length,
                  panel.reduce((sum, r) => sum + Math.round(r.score * 1e6), 0),
                ];
                if (!best || key[0] > best.key[0] || (key[0] === best.key[0] && key[1] > best.key[1])) best = { ids: panel.map((r) => r.mediatorId), key };
              }
          expect(result.ok ? result.mediatorIds : null).toEqual(best?.ids ?? null);
        }),
        { numRuns: 400 },
      );
    });

    it('every panel seated is balanced: two recorded affiliations, one seat at most per side, someone versed when possible', () => {
      fc.assert(
        fc.property(eligibleArb, chosenArb, (roster, chosenIds) => {
          const result = assignMediators({ ...collective, chosenMediatorIds: chosenIds }, roster);
          if (!result.ok) return;
          const panel = result.mediatorIds.map((id) => roster.find((m) => m.id === id)!);
          const recorded = panel.flatMap((m) => (m.affiliation ? [m.affiliation] : []));
          expect(new Set(recorded).size).toBeGreaterThanOrEqual(2);
          expect(recorded.filter((a) => a === 'union').length).toBeLessThanOrEqual(1);
          expect(recorded.filter((a) => a === 'employers').length).toBeLessThanOrEqual(1);
          if (roster.some((m) => m.expertise.includes('pay'))) expect(panel.some((m) => m.expertise.includes('pay'))).toBe(true);
        }),
      );
    });
  });
});
