import type { CaseNeeds } from '@concord/assignment';
import { BUSINESS_TIME_ZONES, localDayOf } from '@concord/risk-rules';
import type { CaseState } from './case-state.model';

/**
 * What the case itself tells the assigner; the service adds the enterprise's side (region, group,
 * industry, languages, category) from the directory. The tier is a floor so an escalated case is
 * never handed back down, and the exclusions keep recused and declining mediators off it.
 */
export function assignmentNeedsOf(state: CaseState): Pick<CaseNeeds, 'level' | 'collective' | 'minimumTier' | 'excludedMediatorIds' | 'openedOn'> {
  return {
    level: state.level,
    collective: state.collective,
    minimumTier: state.tier,
    excludedMediatorIds: [...state.excludedMediatorIds],
    openedOn: localDayOf(state.receivedAt, BUSINESS_TIME_ZONES[state.jurisdiction]),
  };
}

/** Mediators assigned who have not accepted yet: the ones an overdue acceptance replaces. */
export function awaitingAcceptance(state: CaseState): string[] {
  return state.mediatorIds.filter((id) => !state.acceptedBy.includes(id));
}
