import type { HardFilter } from './assignment-result.model';
import type { CaseNeeds } from './case-needs.model';
import type { Mediator, MediatorTier } from './mediator.model';
import { isCertifiedFor } from './required-tier.policy';

type Check = (mediator: Mediator, needs: CaseNeeds, tier: MediatorTier) => boolean;

/** In the order they are reported: a mediator is excluded by the first one it fails. */
const HARD_FILTERS: readonly (readonly [Exclude<HardFilter, 'duplicate'>, Check])[] = [
  ['inactive', (m) => m.active],
  ['unavailable', (m) => !m.unavailable],
  ['tier', (m, _needs, tier) => isCertifiedFor(m, tier)],
  ['jurisdiction', (m, needs) => needs.regionPath.some((regionId) => m.regionIds.includes(regionId))],
  ['conflict', (m, needs) => !hasConflict(m, needs)],
  ['language', (m, needs) => needs.languages.length === 0 || needs.languages.some((l) => m.languages.includes(l))],
  ['capacity', (m) => m.openCases < m.capacity],
];

export function failedHardFilter(mediator: Mediator, needs: CaseNeeds, tier: MediatorTier): HardFilter | null {
  return HARD_FILTERS.find(([, passes]) => !passes(mediator, needs, tier))?.[0] ?? null;
}

function hasConflict(mediator: Mediator, needs: CaseNeeds): boolean {
  const parties = [needs.enterpriseId, needs.enterpriseGroupId].filter((id) => id !== null);
  return parties.some((id) => mediator.conflictEnterpriseIds.includes(id));
}
