import type { Level } from '@concord/risk-rules';

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
  /** mediators the parties asked for from the roster */
  preferredMediatorIds?: string[];
}
