import type { EnterpriseHistory } from '../history/enterprise-history';
import type { EnterpriseProfile } from '../history/enterprise-profile.model';
import type { LegalProfile, ProvinceValues } from '../legal/legal-profile.model';
import type { Level } from '../level.model';

/** Score categories of DOMAIN.md §3, each with its own cap. Incidents trigger levels, never points. */
export const CATEGORIES = [
  'wages',
  'social_insurance',
  'hours',
  'complaints',
  'contracts',
  'layoffs',
  'business',
  'incidents',
  'union',
  'platform',
  'disputes',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** What one indicator found in an enterprise's history on one day. */
export interface Measurement {
  /** The number the indicator's tiers compare against (days late, workers owed, share …). */
  value: number;
  /** Every value a person needs to understand the finding, named for the explanation. */
  values: Record<string, number | string>;
  evidenceEventIds: string[];
  /** Business day of the newest evidence: recency decay counts from it. */
  lastEvidenceDay: string;
  /** True while the condition is still open (arrears owed, a stoppage going on): no decay. */
  unresolved: boolean;
  /**
   * Only from a mitigation (D5, an agreement performed): every other indicator whose evidence
   * events all have a business day on or before `evidenceThrough` is treated as resolved on
   * `resolvedOn` (no floor, decay from then) and counts the mitigation's `pointsFactor` of its
   * points. Triggers are never mitigated.
   */
  resolves?: { evidenceThrough: string; resolvedOn: string };
}

/** Everything a measure may read: no clock, no I/O, only the arguments. */
export interface MeasureContext {
  history: EnterpriseHistory;
  /** The business day the enterprise is evaluated for ('YYYY-MM-DD'). */
  asOf: string;
  profile: EnterpriseProfile;
  legal: LegalProfile;
  province: ProvinceValues;
  /** The enterprise's current headcount (latest reported, else the directory's). */
  headcount: number;
  /** Below this headcount, rates use it as the denominator (absolute counts with a floor). */
  rateMinHeadcount: number;
  /** The indicator's own numeric parameters from the rule set (windows, shares …). */
  params: Readonly<Record<string, number>>;
}

/** One tier of an indicator: applies when the measured value is at least `atLeast`. */
export interface Tier {
  atLeast: number;
  points: number;
  /** The level this tier guarantees at least; null for none. */
  floor: Level | null;
  /**
   * A trigger sets the level directly (DOMAIN.md: "RED trigger"): no cap, ceiling or decay lowers
   * it while the condition holds.
   */
  trigger: boolean;
}

/** The editable part of an indicator: what staff change in a draft rule set. */
export interface IndicatorConfig {
  enabled: boolean;
  /** Ascending by `atLeast`; the highest tier reached applies. */
  tiers: Tier[];
  params: Record<string, number>;
  legalBasis: string;
}

/**
 * An indicator of DOMAIN.md §4: the code that measures (pure, reads only the context) and the
 * defaults of its editable configuration.
 */
export interface IndicatorDefinition {
  id: string;
  category: Category;
  /** Short English title for explanations and the rules editor. */
  title: string;
  /** What `Measurement.value` counts, e.g. 'days late', 'workers', 'share of workforce'. */
  unit: string;
  measure(context: MeasureContext): Measurement | null;
  defaults: IndicatorConfig;
  /**
   * A mitigating indicator (W7, an approved deferral; D5, an agreement performed) does not add
   * points: while it holds, the named indicators (and those its measurement `resolves`) count
   * `params.pointsFactor` of their points and the level, triggers apart, is at most `ceiling`
   * (null: no ceiling).
   */
  mitigation?: { indicatorIds: string[]; ceiling: Level | null };
}

/** A tier with no floor and no trigger: most tiers. */
export function pointsTier(atLeast: number, points: number): Tier {
  return { atLeast, points, floor: null, trigger: false };
}

export function floorTier(atLeast: number, points: number, floor: Level): Tier {
  return { atLeast, points, floor, trigger: false };
}

export function triggerTier(atLeast: number, level: Level): Tier {
  return { atLeast, points: 0, floor: level, trigger: true };
}
