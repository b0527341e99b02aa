import { type FiredRuleV1, type RiskAlertV1, type RiskLevel, riskAlertV1 } from '@concord/contracts';

export interface RiskAlertSpec {
  enterpriseId: string;
  alertId: string;
  level: RiskLevel;
  /** 1 (the default) opens the alert; a higher revision updates it. */
  revision?: number;
  /** Defaults to `open` for revision 1, `updated` after. */
  status?: RiskAlertV1['data']['status'];
  /** Defaults to GREEN for revision 1, ORANGE after. */
  previousLevel?: RiskLevel;
  /** Defaults to 85 for RED, 65 otherwise. */
  score?: number;
  scoredAt?: Date;
  /** Defaults to the wage-arrears rule (W3). */
  fired?: FiredRuleV1[];
}

/**
 * W3 (wage arrears to many workers): a case-service sees a `pay` case in it, and a notifier
 * renders these values and this legal basis as the evidence.
 */
const WAGE_ARREARS_RULE: FiredRuleV1 = {
  ruleId: 'W3',
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points: 15,
  floor: 'ORANGE',
  values: { workersOwed: 40, daysLate: 35 },
  thresholds: { workers: 10, days: 30 },
  evidenceEventIds: ['wage-run-1'],
  legalBasis: 'LDMAL Art. 7',
  summary: '40 workers owed wages for 35 days',
};

/** I1 (a work stoppage under way): a trigger that sets RED, and makes the alert about a collective incident. */
export const COLLECTIVE_INCIDENT_RULE: FiredRuleV1 = {
  ruleId: 'I1',
  title: 'Work stoppage',
  category: 'incidents',
  trigger: true,
  ruleSetId: 'default',
  ruleSetVersion: 1,
  points: 0,
  floor: 'RED',
  values: { participants: 120 },
  thresholds: { participants: 10 },
  evidenceEventIds: ['incident-1'],
  legalBasis: 'Trade Union Law Art. 27',
  summary: '120 workers stopped work',
};

/**
 * A `concord.risk.alert.v1` CloudEvent as the risk engine publishes it, for the services that
 * consume risk.alerts. The id is `<alertId>:<revision>`, as the engine's, so a redelivery of the
 * same revision is the same event.
 */
export function syntheticRiskAlert(spec: RiskAlertSpec): RiskAlertV1 {
  const revision = spec.revision ?? 1;
  const scoredAt = (spec.scoredAt ?? new Date()).toISOString();
  return {
    specversion: '1.0',
    id: `${spec.alertId}:${revision}`,
    source: 'concord/risk-engine',
    type: riskAlertV1.type,
    subject: spec.enterpriseId,
    time: scoredAt,
    datacontenttype: 'application/json',
    data: {
      alertId: spec.alertId,
      enterpriseId: spec.enterpriseId,
      status: spec.status ?? (revision === 1 ? 'open' : 'updated'),
      revision,
      level: spec.level,
      previousLevel: spec.previousLevel ?? (revision === 1 ? 'GREEN' : 'ORANGE'),
      score: spec.score ?? (spec.level === 'RED' ? 85 : 65),
      fired: spec.fired ?? [{ ...WAGE_ARREARS_RULE }],
      evidenceEventIds: ['wage-run-1'],
      scoredAt,
    },
  };
}
