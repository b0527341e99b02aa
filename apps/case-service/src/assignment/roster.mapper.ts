import { type CaseNeeds, MEDIATOR_TIERS, type Mediator, type MediatorTier } from '@concord/assignment';
import type { RiskLevel } from '@concord/contracts';

/** One row of `directory.mediator_roster_v1`. */
export interface RosterRow {
  mediator_id: string;
  active: boolean;
  unavailable: boolean;
  tiers: string[];
  region_ids: string[];
  languages: string[];
  expertise: string[];
  industries: string[];
  capacity: number;
  conflict_enterprise_ids: string[];
}

/** The columns of `directory.enterprise_profile_v1` that assignment needs. */
export interface EnterpriseProfileRow {
  enterprise_id: string;
  region_path: string[];
  industry: string;
  group_id: string | null;
  /** the enterprise's legal profile ('CN', 'US', 'EU'): whose calendar the case's deadlines use */
  jurisdiction: string;
}

/** Languages the parties need until cases record them; the directory's people speak 'zh-CN' or 'en'. */
export const DEFAULT_CASE_LANGUAGES = ['zh-CN'];

const KNOWN_TIERS = new Set<string>(MEDIATOR_TIERS);

/**
 * A roster row as the assigner sees it. Open cases come from this service's own capacity ledger,
 * never from the directory; a tier the assigner does not know certifies for nothing.
 */
export function toMediator(row: RosterRow, openCases: number): Mediator {
  return {
    id: row.mediator_id,
    active: row.active,
    unavailable: row.unavailable,
    tiers: row.tiers.filter((tier): tier is MediatorTier => KNOWN_TIERS.has(tier)),
    regionIds: row.region_ids,
    languages: row.languages,
    expertise: row.expertise,
    industries: row.industries,
    capacity: row.capacity,
    openCases,
    conflictEnterpriseIds: row.conflict_enterprise_ids,
  };
}

/** Collective cases (10+ workers with a common claim) are recognised in triage, a later issue: false for now. */
export function caseNeedsOf(profile: EnterpriseProfileRow, level: RiskLevel, category: string): CaseNeeds {
  return {
    enterpriseId: profile.enterprise_id,
    enterpriseGroupId: profile.group_id,
    regionPath: profile.region_path,
    level,
    collective: false,
    category,
    industry: profile.industry,
    languages: DEFAULT_CASE_LANGUAGES,
  };
}
