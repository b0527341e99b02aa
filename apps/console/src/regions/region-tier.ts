/** The federation's "small three levels"; regions form the same tree (DOMAIN.md §1). */
export const REGION_TIERS = ['county', 'street', 'community'] as const;
export type RegionTier = (typeof REGION_TIERS)[number];

/** The tier a region's parent must have: counties are roots, streets sit in a county, communities in a street. */
export function parentTierOf(tier: RegionTier): RegionTier | null {
  const index = REGION_TIERS.indexOf(tier);
  return index === 0 ? null : REGION_TIERS[index - 1];
}
