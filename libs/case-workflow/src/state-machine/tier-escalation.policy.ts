import { MEDIATOR_TIERS, type MediatorTier } from '@concord/assignment';

/**
 * Where a failed case goes next: enterprise committee → street/township centre → county
 * federation; past the county there is no higher mediation tier, so the case goes to arbitration.
 */
export function nextTier(tier: MediatorTier): MediatorTier | 'arbitration' {
  return MEDIATOR_TIERS[MEDIATOR_TIERS.indexOf(tier) + 1] ?? 'arbitration';
}
