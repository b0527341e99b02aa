import type { RegionTier } from './region-tier';
import type { Region } from './region.entity';

/** A region as the API shows it. */
export interface RegionView {
  id: string;
  name: string;
  tier: RegionTier;
  parentId: string | null;
  createdAt: Date;
}

export function toRegionView(region: Region): RegionView {
  return { id: region.id, name: region.name, tier: region.tier, parentId: region.parentId, createdAt: region.createdAt };
}
