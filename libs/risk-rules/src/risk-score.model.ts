import type { Level } from './level.model';

/** Why one rule fired: enough to explain the alert without re-running anything. */
export interface FiredRule {
  ruleId: string;
  ruleSetId: string;
  ruleSetVersion: number;
  points: number;
  floor: Level | null;
  /** the feature values the rule looked at */
  values: Record<string, number | string>;
  thresholds: Record<string, number>;
  evidenceEventIds: string[];
  legalBasis: string;
  /** one readable English sentence */
  summary: string;
}

export interface RiskScore {
  /** capped sum of the fired rules' points */
  score: number;
  band: Level;
  /** the higher of the band and every fired floor */
  level: Level;
  fired: FiredRule[];
  ruleSetId: string;
  ruleSetVersion: number;
}
