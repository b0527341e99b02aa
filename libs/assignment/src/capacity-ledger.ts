import type { Mediator } from './mediator.model';

export interface MediatorLoad {
  openCases: number;
  capacity: number;
}

/** Open cases and capacity by mediator id: the one thing concurrent assignments contend for. */
export type CapacityLedger = ReadonlyMap<string, MediatorLoad>;

export type Reservation = { ok: true; ledger: CapacityLedger } | { ok: false; full: string[]; unknown: string[] };

/** The loads a roster reports; a repeated id keeps its first entry, as the assigner does. */
export function capacityLedgerOf(roster: readonly Mediator[]): CapacityLedger {
  const ledger = new Map<string, MediatorLoad>();
  for (const { id, openCases, capacity } of roster) if (!ledger.has(id)) ledger.set(id, { openCases, capacity });
  return ledger;
}

/** The roster with each mediator's open cases as the ledger has them now. */
export function withLedgerLoads(roster: readonly Mediator[], ledger: CapacityLedger): Mediator[] {
  return roster.map((m) => ({ ...m, openCases: ledger.get(m.id)?.openCases ?? m.openCases }));
}

/**
 * Takes one case for each mediator, all or nothing, refusing if any of them is already at
 * capacity. An assignment is planned against a snapshot of loads and may be stale by the time it
 * is stored; this check at the moment of taking (in SQL: `UPDATE … SET open_cases = open_cases + 1
 * WHERE open_cases < capacity`, or a row lock around plan and take) is what keeps two cases
 * assigned at the same moment from pushing a mediator past capacity. A refused plan is re-planned.
 */
export function tryReserve(ledger: CapacityLedger, mediatorIds: readonly string[]): Reservation {
  const ids = [...new Set(mediatorIds)];
  const unknown = ids.filter((id) => !ledger.has(id));
  const full = ids.filter((id) => {
    const load = ledger.get(id);
    return load !== undefined && load.openCases >= load.capacity;
  });
  if (unknown.length > 0 || full.length > 0) return { ok: false, full, unknown };
  const next = new Map(ledger);
  for (const id of ids) {
    const load = ledger.get(id)!;
    next.set(id, { ...load, openCases: load.openCases + 1 });
  }
  return { ok: true, ledger: next };
}

/** Gives back one case for each mediator (recusal, reassignment, closure); never below zero. */
export function release(ledger: CapacityLedger, mediatorIds: readonly string[]): CapacityLedger {
  const next = new Map(ledger);
  for (const id of new Set(mediatorIds)) {
    const load = ledger.get(id);
    if (load) next.set(id, { ...load, openCases: Math.max(0, load.openCases - 1) });
  }
  return next;
}
