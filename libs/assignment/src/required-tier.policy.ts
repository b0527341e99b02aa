import { levelRank } from '@concord/risk-rules';
import type { CaseNeeds } from './case-needs.model';
import { MEDIATOR_TIERS, type Mediator, type MediatorTier } from './mediator.model';

/**
 * ORANGE, RED and collective cases go to street or county mediators; the rest may stay in the
 * enterprise. An escalated case needs at least the tier it was escalated to.
 */
export function requiredTier(needs: Pick<CaseNeeds, 'collective' | 'level' | 'minimumTier'>): MediatorTier {
  const byCase: MediatorTier = needs.collective || levelRank(needs.level) >= levelRank('ORANGE') ? 'street' : 'enterprise';
  const floor = needs.minimumTier ?? 'enterprise';
  return MEDIATOR_TIERS.indexOf(floor) > MEDIATOR_TIERS.indexOf(byCase) ? floor : byCase;
}

export function isCertifiedFor(mediator: Mediator, tier: MediatorTier): boolean {
  const needed = MEDIATOR_TIERS.indexOf(tier);
  return mediator.tiers.some((held) => MEDIATOR_TIERS.indexOf(held) >= needed);
}
