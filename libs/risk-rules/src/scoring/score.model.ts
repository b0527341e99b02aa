import type { Category } from '../indicators/indicator.model';
import type { Level } from '../level.model';

/** Why one rule fired: enough to explain the level without re-running anything. */
export interface FiredRule {
  ruleId: string;
  title: string;
  category: Category;
  ruleSetId: string;
  ruleSetVersion: number;
  /** Points counted after recency and mitigation (before the category cap). */
  points: number;
  /** Points of the tier reached, before recency and mitigation. */
  tierPoints: number;
  /** Recency weight applied (1 = full weight). */
  weight: number;
  floor: Level | null;
  trigger: boolean;
  /** The measured values the rule looked at. */
  values: Record<string, number | string>;
  /** The thresholds of the tier reached (atLeast, and the indicator's parameters). */
  thresholds: Record<string, number>;
  evidenceEventIds: string[];
  legalBasis: string;
  /** One readable English sentence. */
  summary: string;
}

export interface CategoryScore {
  /** Sum of the category's fired points. */
  raw: number;
  /** After the category cap. */
  capped: number;
  cap: number;
}

export interface RiskScore {
  /** The business day scored. */
  asOf: string;
  /** Σ capped category points × sector multiplier + group propagation, rounded to 0.1. */
  score: number;
  band: Level;
  /** The higher of the band and every floor and trigger, after any mitigation ceiling. */
  level: Level;
  categories: Partial<Record<Category, CategoryScore>>;
  sectorMultiplier: number;
  groupPoints: number;
  /** The ceiling a mitigation (W7) imposed, if any. */
  ceiling: Level | null;
  fired: FiredRule[];
  ruleSetId: string;
  ruleSetVersion: number;
}

/** The level an enterprise is at after hysteresis, with the score of the day and why it holds. */
export interface RiskAssessment {
  score: RiskScore;
  /** max(score.level, the highest level computed within the hysteresis window). */
  level: Level;
  /** When the level is held above today's computed level: the day and level that hold it. */
  heldBy: { day: string; level: Level } | null;
}
