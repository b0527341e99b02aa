export { MEDIATOR_TIERS, type Mediator, type MediatorTier } from './mediator.model';
export type { CaseNeeds } from './case-needs.model';
export type { AssignmentReason, AssignmentResult, HardFilter } from './assignment-result.model';
export { DEFAULT_WEIGHTS, type AssignmentWeights } from './assignment-weights.model';
export { assignMediators } from './mediator.assigner';
