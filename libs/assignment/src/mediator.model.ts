/** Mediation tiers from the enterprise committee up to the county federation (DOMAIN.md §7). */
export type MediatorTier = 'enterprise' | 'street' | 'county';

/** Ascending: a mediator certified for a tier may also take cases that need a lower one. */
export const MEDIATOR_TIERS: readonly MediatorTier[] = Object.freeze(['enterprise', 'street', 'county']);

export interface Mediator {
  id: string;
  active: boolean;
  /** tiers the mediator is certified for */
  tiers: MediatorTier[];
  /** jurisdiction: the region ids they cover, ancestors' subtrees included as ids */
  regionIds: string[];
  languages: string[];
  /** case categories they are versed in */
  expertise: string[];
  industries: string[];
  capacity: number;
  openCases: number;
  /** on leave, sick, or otherwise not taking cases now */
  unavailable: boolean;
  /** enterprises or groups they worked for in the last 2 years, or other conflicts */
  conflictEnterpriseIds: string[];
}
