import type { Level } from '@concord/risk-rules';
import type { EnterpriseRisk } from './enterprise-risk.entity';
import { type ExplanationItem, toExplanation } from './explanation.mapper';
import type { ScoreHistory } from './score-history.entity';

export interface RuleSetRef {
  id: string;
  version: number;
}

export interface EnterpriseRiskView {
  enterpriseId: string;
  level: Level;
  band: Level;
  score: number;
  ruleSet: RuleSetRef;
  asOf: string;
  scoredAt: string;
  evidenceEventIds: string[];
  explanation: ExplanationItem[];
}

export interface ScoreView {
  triggerEventId: string;
  level: Level;
  band: Level;
  score: number;
  ruleSet: RuleSetRef;
  asOf: string;
  scoredAt: string;
  explanation: ExplanationItem[];
}

export function toRiskView(risk: EnterpriseRisk): EnterpriseRiskView {
  return {
    enterpriseId: risk.enterpriseId,
    level: risk.level,
    band: risk.band,
    score: risk.score,
    ruleSet: { id: risk.ruleSetId, version: risk.ruleSetVersion },
    asOf: risk.asOf.toISOString(),
    scoredAt: risk.scoredAt.toISOString(),
    evidenceEventIds: risk.evidenceEventIds,
    explanation: toExplanation(risk.fired),
  };
}

export function toScoreView(row: ScoreHistory): ScoreView {
  return {
    triggerEventId: row.triggerEventId,
    level: row.level,
    band: row.band,
    score: row.score,
    ruleSet: { id: row.ruleSetId, version: row.ruleSetVersion },
    asOf: row.asOf.toISOString(),
    scoredAt: row.scoredAt.toISOString(),
    explanation: toExplanation(row.fired),
  };
}
