import type { FiredRule, Level } from '@concord/risk-rules';

export interface ExplanationItem {
  ruleId: string;
  summary: string;
  points: number;
  floor: Level | null;
  values: Record<string, number | string>;
  thresholds: Record<string, number>;
  legalBasis: string;
  evidenceEventIds: string[];
}

/** Why a score is what it is, one entry per fired rule; the rule set is named once beside it. */
export function toExplanation(fired: readonly FiredRule[]): ExplanationItem[] {
  return fired.map(({ ruleId, summary, points, floor, values, thresholds, legalBasis, evidenceEventIds }) => ({
    ruleId,
    summary,
    points,
    floor,
    values,
    thresholds,
    legalBasis,
    evidenceEventIds,
  }));
}
