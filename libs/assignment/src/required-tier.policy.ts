import { levelRank } from '@concord/risk-rules';
import type { CaseNeeds } from './case-needs.model';
import { MEDIATOR_TIERS, type Mediator, type MediatorTier } from './mediator.model';

/** ORANGE, RED and collective cases go to street or county mediators; the rest may stay in the enterprise. */
export function requiredTier(needs: CaseNeeds): MediatorTier {
  return needs.collective || levelRank(needs.level) >= levelRank('ORANGE') ? 'street' : 'enterprise';
}

export function isCertifiedFor(mediator: Mediator, tier: MediatorTier): boolean {
  const needed = MEDIATOR_TIERS.indexOf(tier);
  return mediator.tiers.some((held) => MEDIATOR_TIERS.indexOf(held) >= needed);
}
