export {
  MEDIATOR_AFFILIATIONS,
  MEDIATOR_TIERS,
  type EmploymentSpell,
  type Mediator,
  type MediatorAffiliation,
  type MediatorTier,
} from './mediator.model';
export type { CaseNeeds } from './case-needs.model';
export type { AssignmentReason, AssignmentResult, HardFilter, PartyChoiceOutcome } from './assignment-result.model';
export { DEFAULT_WEIGHTS, type AssignmentWeights } from './assignment-weights.model';
export { requiredTier, isCertifiedFor } from './required-tier.policy';
export { EMPLOYMENT_CONFLICT_YEARS, hasConflictOfInterest } from './conflict-of-interest.policy';
export { failedHardFilter } from './hard-filters.policy';
export { BALANCED_PANEL_RULE, PANEL_SIZE, panelImbalance } from './balanced-panel.policy';
export { assignMediators } from './mediator.assigner';
export { type CapacityLedger, type MediatorLoad, type Reservation, capacityLedgerOf, release, tryReserve, withLedgerLoads } from './capacity-ledger';
export { assignInTurn } from './assign-in-turn';
