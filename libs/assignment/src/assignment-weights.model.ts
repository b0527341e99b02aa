/** Weights of the soft criteria; each criterion scores 0..1 before weighting. */
export interface AssignmentWeights {
  expertise: number;
  workload: number;
  language: number;
  proximity: number;
  industry: number;
  preference: number;
}

/**
 * DOMAIN.md §7 defaults. There is deliberately no "past success rate" weight: rewarding
 * settlements pushes mediators to press workers into settling.
 */
export const DEFAULT_WEIGHTS: AssignmentWeights = Object.freeze({
  expertise: 0.35,
  workload: 0.2,
  language: 0.15,
  proximity: 0.1,
  industry: 0.1,
  preference: 0.1,
});
