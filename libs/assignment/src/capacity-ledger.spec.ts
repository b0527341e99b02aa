import fc from 'fast-check';
import { mediator, needsArb, rosterArb } from '../test/roster.arbitrary';
import { assignInTurn } from './assign-in-turn';
import type { AssignmentResult } from './assignment-result.model';
import { panelImbalance } from './balanced-panel.policy';
import { type CapacityLedger, capacityLedgerOf, release, tryReserve, withLedgerLoads } from './capacity-ledger';
import type { CaseNeeds } from './case-needs.model';
import { failedHardFilter } from './hard-filters.policy';
import type { Mediator } from './mediator.model';
import { assignMediators } from './mediator.assigner';
import { requiredTier } from './required-tier.policy';

const withinCapacity = (ledger: CapacityLedger) => [...ledger.values()].every((load) => load.openCases <= load.capacity);

/** Whether the case could have been assigned against these loads, judged without the assigner: anyone (or any balanced three) passing every hard filter. */
function couldBeAssigned(needs: CaseNeeds, roster: readonly Mediator[]): boolean {
  const seen = new Set<string>();
  const eligible = roster.filter((m) => {
    const first = !seen.has(m.id);
    seen.add(m.id);
    return first && failedHardFilter(m, needs, requiredTier(needs)) === null;
  });
  if (!needs.collective) return eligible.length > 0;
  const expertAvailable = eligible.some((m) => m.expertise.includes(needs.category));
  for (let i = 0; i < eligible.length; i++)
    for (let j = i + 1; j < eligible.length; j++)
      for (let k = j + 1; k < eligible.length; k++)
        if (panelImbalance([eligible[i], eligible[j], eligible[k]], needs.category, expertAvailable) === null) return true;
  return false;
}

describe('capacity ledger', () => {
  const ledger = capacityLedgerOf([mediator('m-1', { openCases: 1, capacity: 2 }), mediator('m-2', { openCases: 2, capacity: 2 })]);

  it('takes one case per mediator, all or nothing', () => {
    const taken = tryReserve(ledger, ['m-1']);
    expect(taken.ok && taken.ledger.get('m-1')).toEqual({ openCases: 2, capacity: 2 });
    expect(tryReserve(ledger, ['m-1', 'm-2'])).toEqual({ ok: false, full: ['m-2'], unknown: [] });
    expect(tryReserve(ledger, ['m-9'])).toEqual({ ok: false, full: [], unknown: ['m-9'] });
    expect(ledger.get('m-1')).toEqual({ openCases: 1, capacity: 2 });
  });

  it('gives cases back, never below zero', () => {
    const released = release(release(ledger, ['m-1']), ['m-1', 'm-unknown']);
    expect(released.get('m-1')).toEqual({ openCases: 0, capacity: 2 });
  });

  it('refuses the second of two cases planned at the same moment for the last place', () => {
    const roster = [mediator('m-1', { openCases: 9 })];
    const snapshot = capacityLedgerOf(roster);
    const [first, second] = [assignMediators(baseCase('ent-1'), roster), assignMediators(baseCase('ent-2'), roster)];
    expect(first.ok && second.ok).toBe(true);
    const afterFirst = tryReserve(snapshot, first.ok ? first.mediatorIds : []);
    expect(afterFirst.ok).toBe(true);
    expect(afterFirst.ok && tryReserve(afterFirst.ledger, second.ok ? second.mediatorIds : [])).toEqual({ ok: false, full: ['m-1'], unknown: [] });
  });

  describe('invariants', () => {
    const casesArb = fc.array(needsArb, { minLength: 1, maxLength: 12 });

    it('assigning cases in turn, in any order, never pushes a mediator past capacity nor leaves a case out while someone had room', () => {
      fc.assert(
        fc.property(rosterArb, casesArb.chain((cases) => fc.shuffledSubarray(cases, { minLength: cases.length })), (roster, cases) => {
          // Start within capacity, as the service's ledger always is.
          const sane = roster.map((m) => ({ ...m, openCases: Math.min(m.openCases, m.capacity) }));
          let ledger = capacityLedgerOf(sane);
          const { results, ledger: final } = assignInTurn(cases, sane);
          results.forEach((result, i) => {
            const loadsAtTurn = withLedgerLoads(sane, ledger);
            expect(result.ok).toBe(couldBeAssigned(cases[i], loadsAtTurn));
            if (result.ok) {
              const taken = tryReserve(ledger, result.mediatorIds);
              expect(taken.ok).toBe(true);
              if (taken.ok) ledger = taken.ledger;
            }
            expect(withinCapacity(ledger)).toBe(true);
          });
          expect(final).toEqual(ledger);
        }),
        { numRuns: 300 },
      );
    });

    /**
     * Concurrent assignment: each case plans against a snapshot of the loads and takes them later;
     * fast-check picks which case moves at every step. A take that finds a mediator full is
     * refused and the case plans again. Whatever the interleaving, no mediator exceeds capacity,
     * and every case ends assigned or with nobody eligible left.
     */
    it('never exceeds capacity under any interleaving of plan and take', () => {
      fc.assert(
        fc.property(rosterArb, casesArb, fc.array(fc.nat(), { maxLength: 60 }), (roster, cases, schedule) => {
          const sane = roster.map((m) => ({ ...m, openCases: Math.min(m.openCases, m.capacity) }));
          let ledger = capacityLedgerOf(sane);
          type Progress = { step: 'plan' } | { step: 'take'; plan: AssignmentResult } | { step: 'done'; assigned: boolean };
          const progress: Progress[] = cases.map(() => ({ step: 'plan' }));
          const move = (i: number) => {
            const current = progress[i];
            if (current.step === 'plan') progress[i] = { step: 'take', plan: assignMediators(cases[i], withLedgerLoads(sane, ledger)) };
            else if (current.step === 'take') {
              if (!current.plan.ok) progress[i] = { step: 'done', assigned: false };
              else {
                const taken = tryReserve(ledger, current.plan.mediatorIds);
                if (taken.ok) [ledger, progress[i]] = [taken.ledger, { step: 'done', assigned: true }];
                else progress[i] = { step: 'plan' };
              }
            }
            expect(withinCapacity(ledger)).toBe(true);
          };
          for (const pick of schedule) move(pick % cases.length);
          // Let every case finish; each refusal fills a place, so this ends.
          for (let guard = 0; progress.some((p) => p.step !== 'done'); guard++) {
            expect(guard).toBeLessThan(10_000);
            move(progress.findIndex((p) => p.step !== 'done'));
          }
          // Loads only grow, so a case that found nobody then finds nobody now.
          progress.forEach((p, i) => {
            if (p.step === 'done' && !p.assigned) expect(couldBeAssigned(cases[i], withLedgerLoads(sane, ledger))).toBe(false);
          });
        }),
        { numRuns: 300 },
      );
    });
  });
});

function baseCase(enterpriseId: string): CaseNeeds {
  return {
    enterpriseId,
    enterpriseGroupId: null,
    regionPath: ['county-1', 'street-1'],
    level: 'YELLOW',
    collective: false,
    category: 'pay',
    industry: 'construction',
    languages: ['zh'],
  };
}
