import type { Category, FiredRule, Level } from '@concord/risk-rules';

export interface ExplanationItem {
  ruleId: string;
  title: string;
  category: Category;
  summary: string;
  points: number;
  /** Recency weight the points were counted with (1 = full weight). */
  weight: number;
  floor: Level | null;
  trigger: boolean;
  values: Record<string, number | string>;
  thresholds: Record<string, number>;
  legalBasis: string;
  evidenceEventIds: string[];
}

/** Why a score is what it is, one entry per fired rule; the rule set is named once beside it. */
export function toExplanation(fired: readonly FiredRule[]): ExplanationItem[] {
  return fired.map(({ ruleId, title, category, summary, points, weight, floor, trigger, values, thresholds, legalBasis, evidenceEventIds }) => ({
    ruleId,
    title,
    category,
    summary,
    points,
    weight,
    floor,
    trigger,
    values,
    thresholds,
    legalBasis,
    evidenceEventIds,
  }));
}
