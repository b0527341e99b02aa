import type { AssignmentWeights } from './assignment-weights.model';
import type { CaseNeeds } from './case-needs.model';
import type { Mediator } from './mediator.model';

export interface MediatorScore {
  score: number;
  /** weighted criteria, keyed like AssignmentWeights */
  parts: Record<keyof AssignmentWeights, number>;
}

/** Scores a mediator that passed the hard filters; each criterion is 0..1 before weighting. */
export function scoreMediator(mediator: Mediator, needs: CaseNeeds, weights: AssignmentWeights): MediatorScore {
  const criteria: Record<keyof AssignmentWeights, number> = {
    expertise: mediator.expertise.includes(needs.category) ? 1 : 0,
    workload: 1 - mediator.openCases / mediator.capacity,
    language: languageCoverage(mediator, needs),
    proximity: proximity(mediator, needs),
    industry: mediator.industries.includes(needs.industry) ? 1 : 0,
    preference: needs.preferredMediatorIds?.includes(mediator.id) ? 1 : 0,
  };
  const parts = mapValues(criteria, (value, key) => round(value * weights[key]));
  return { score: round(Object.values(parts).reduce((sum, part) => sum + part, 0)), parts };
}

function languageCoverage(mediator: Mediator, needs: CaseNeeds): number {
  if (needs.languages.length === 0) return 1;
  return needs.languages.filter((l) => mediator.languages.includes(l)).length / needs.languages.length;
}

/** A mediator who covers the enterprise's own community is closer than one who covers only the county. */
function proximity(mediator: Mediator, needs: CaseNeeds): number {
  const deepest = needs.regionPath.findLastIndex((regionId) => mediator.regionIds.includes(regionId));
  return (deepest + 1) / needs.regionPath.length;
}

function mapValues<K extends string>(record: Record<K, number>, fn: (value: number, key: K) => number): Record<K, number> {
  return Object.fromEntries(Object.entries<number>(record).map(([key, value]) => [key, fn(value, key as K)])) as Record<K, number>;
}

/** Six decimals keeps explanations readable and equal scores equal, so ties fall to the id. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
