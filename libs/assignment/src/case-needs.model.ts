import type { Level } from '@concord/risk-rules';
import type { MediatorTier } from './mediator.model';

export interface CaseNeeds {
  enterpriseId: string;
  enterpriseGroupId: string | null;
  /** region ids from the county down to the enterprise's community */
  regionPath: string[];
  level: Level;
  /** 10 or more workers with a common claim (LDMAL 7) */
  collective: boolean;
  category: string;
  industry: string;
  /** languages or dialects the parties need; empty when any will do */
  languages: string[];
  /** 'YYYY-MM-DD' the case was received: the 2-year employment conflict window ends here; absent, any past employment counts */
  openedOn?: string;
  /** a tier the case has been escalated to; raises the tier the level and collectiveness ask for, never lowers it */
  minimumTier?: MediatorTier;
  /** soft: mediators one party asked for; earns the 'preference' weight */
  preferredMediatorIds?: string[];
  /** hard: mediators both parties chose from the roster; seated ahead of the score when they pass the hard filters */
  chosenMediatorIds?: string[];
  /** mediators recused, or who declined or let the acceptance deadline pass, on this case: never seated again */
  excludedMediatorIds?: string[];
}
