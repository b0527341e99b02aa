import type { AssignmentResult } from './assignment-result.model';
import { DEFAULT_WEIGHTS, type AssignmentWeights } from './assignment-weights.model';
import type { CaseNeeds } from './case-needs.model';
import { type CapacityLedger, capacityLedgerOf, tryReserve, withLedgerLoads } from './capacity-ledger';
import type { Mediator } from './mediator.model';
import { assignMediators } from './mediator.assigner';

/**
 * Assigns cases one after another, each against the loads the earlier ones left: what the case
 * service does when concurrent assignments are serialised on the ledger. Returns each case's
 * result, in order, and the ledger after them all.
 */
export function assignInTurn(
  cases: readonly CaseNeeds[],
  roster: readonly Mediator[],
  weights: AssignmentWeights = DEFAULT_WEIGHTS,
): { results: AssignmentResult[]; ledger: CapacityLedger } {
  let ledger = capacityLedgerOf(roster);
  const results = cases.map((needs) => {
    const result = assignMediators(needs, withLedgerLoads(roster, ledger), weights);
    if (!result.ok) return result;
    const reservation = tryReserve(ledger, result.mediatorIds);
    // The capacity filter saw these very loads, so a refusal here is a bug, not contention.
    if (!reservation.ok) throw new Error(`assigned mediators without room: ${[...reservation.full, ...reservation.unknown].join(', ')}`);
    ledger = reservation.ledger;
    return result;
  });
  return { results, ledger };
}
