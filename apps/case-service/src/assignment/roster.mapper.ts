import {
  type CaseNeeds,
  type EmploymentSpell,
  MEDIATOR_AFFILIATIONS,
  MEDIATOR_TIERS,
  type Mediator,
  type MediatorAffiliation,
  type MediatorTier,
} from '@concord/assignment';
import type { RiskLevel } from '@concord/contracts';

/** One element of `employment_history` as mediator_roster_v2 publishes it (dates 'YYYY-MM-DD'). */
export interface EmploymentHistoryEntry {
  enterpriseId: string;
  groupId: string | null;
  from: string;
  /** the last day worked; null while still employed there */
  to: string | null;
}

/** The columns of `directory.mediator_roster_v2` that assignment needs. */
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
  /** 'union' | 'employers' | 'government' | 'independent', or null when not recorded */
  affiliation: string | null;
  /** jsonb, parsed by the driver; only as trustworthy as the directory's own validation */
  employment_history: unknown;
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
const KNOWN_AFFILIATIONS = new Set<string>(MEDIATOR_AFFILIATIONS);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

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
    employmentHistory: employmentSpellsOf(row.employment_history),
    ...(row.affiliation !== null && KNOWN_AFFILIATIONS.has(row.affiliation) ? { affiliation: row.affiliation as MediatorAffiliation } : {}),
  };
}

/**
 * The directory's employment history as the conflict-of-interest policy reads it. An unknown
 * affiliation above counts towards no side (it can never make a panel look balanced); here, a
 * spell whose end date is missing or unreadable counts as ongoing, so a bad record costs a
 * mediator a case rather than letting a conflict through. A spell that names no enterprise can
 * match no party and is dropped.
 */
export function employmentSpellsOf(history: unknown): EmploymentSpell[] {
  if (!Array.isArray(history)) return [];
  return history.flatMap((entry: unknown): EmploymentSpell[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { enterpriseId, groupId, from, to } = entry as Partial<Record<keyof EmploymentHistoryEntry, unknown>>;
    if (typeof enterpriseId !== 'string' || enterpriseId === '') return [];
    return [
      {
        employerId: enterpriseId,
        groupId: typeof groupId === 'string' ? groupId : null,
        from: typeof from === 'string' ? from : '',
        until: typeof to === 'string' && ISO_DAY.test(to) ? to : null,
      },
    ];
  });
}

/**
 * The enterprise's side of the case's needs. Collectiveness, the tier floor and the day the case
 * was received (the 2-year employment window) come from the case's own state (assignmentNeedsOf),
 * which the caller spreads over this; `collective: false` is only the default before triage.
 */
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
