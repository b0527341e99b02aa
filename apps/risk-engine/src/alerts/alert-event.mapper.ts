import { type FiredRuleV1, type RiskAlertV1, riskAlertV1 } from '@concord/contracts';
import type { FiredRule, RiskScore } from '@concord/risk-rules';
import { evidenceEventIds } from '../scoring/evidence';
import type { AlertDecision } from './decide-alert';

export const ALERT_SOURCE = 'concord/risk-engine';

export interface AlertEventInput {
  alertId: string;
  enterpriseId: string;
  decision: Exclude<AlertDecision, { action: 'none' }>;
  score: RiskScore;
  scoredAt: Date;
}

/**
 * The riskAlertV1 message for one alert revision. Its id is `<alertId>:<revision>`, so a re-run of
 * the same decision yields the same message identity and consumers deduplicate it.
 */
export function toAlertEvent({ alertId, enterpriseId, decision, score, scoredAt }: AlertEventInput): RiskAlertV1 {
  return {
    specversion: '1.0',
    id: `${alertId}:${decision.revision}`,
    source: ALERT_SOURCE,
    type: riskAlertV1.type,
    subject: enterpriseId,
    time: scoredAt.toISOString(),
    datacontenttype: 'application/json',
    data: {
      alertId,
      enterpriseId,
      status: decision.action,
      revision: decision.revision,
      level: decision.level,
      previousLevel: decision.previousLevel,
      score: score.score,
      fired: score.fired.map(toFiredRuleV1),
      evidenceEventIds: evidenceEventIds(score.fired),
      scoredAt: scoredAt.toISOString(),
    },
  };
}

/** The contract's view of a fired rule: what notifications and cases need, without scoring internals. */
function toFiredRuleV1(rule: FiredRule): FiredRuleV1 {
  const { ruleId, title, category, trigger, ruleSetId, ruleSetVersion, points, floor, values, thresholds, evidenceEventIds: evidence, legalBasis, summary } = rule;
  return { ruleId, title, category, trigger, ruleSetId, ruleSetVersion, points, floor, values, thresholds, evidenceEventIds: evidence, legalBasis, summary };
}
