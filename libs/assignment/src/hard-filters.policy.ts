import type { HardFilter } from './assignment-result.model';
import type { CaseNeeds } from './case-needs.model';
import { hasConflictOfInterest } from './conflict-of-interest.policy';
import type { Mediator, MediatorTier } from './mediator.model';
import { isCertifiedFor } from './required-tier.policy';

type Check = (mediator: Mediator, needs: CaseNeeds, tier: MediatorTier) => boolean;

/**
 * In the order they are reported: a mediator is excluded by the first one it fails. 'recused'
 * comes first because it is the decision about this very case, and the one staff look for.
 */
const HARD_FILTERS: readonly (readonly [Exclude<HardFilter, 'duplicate'>, Check])[] = [
  ['recused', (m, needs) => !(needs.excludedMediatorIds ?? []).includes(m.id)],
  ['inactive', (m) => m.active],
  ['unavailable', (m) => !m.unavailable],
  ['tier', (m, _needs, tier) => isCertifiedFor(m, tier)],
  ['jurisdiction', (m, needs) => needs.regionPath.some((regionId) => m.regionIds.includes(regionId))],
  ['conflict', (m, needs) => !hasConflictOfInterest(m, needs)],
  ['language', (m, needs) => needs.languages.length === 0 || needs.languages.some((l) => m.languages.includes(l))],
  ['capacity', (m) => m.openCases < m.capacity],
];

export function failedHardFilter(mediator: Mediator, needs: CaseNeeds, tier: MediatorTier): HardFilter | null {
  return HARD_FILTERS.find(([, passes]) => !passes(mediator, needs, tier))?.[0] ?? null;
}
