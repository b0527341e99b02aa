import type { RiskAlertV1, RiskLevel } from '@concord/contracts';

type AlertData = RiskAlertV1['data'];

export interface EnterpriseRef {
  id: string;
  name: string;
}

/** What every notification states (DOMAIN.md §5): level, evidence, legal basis, action, due date, link. */
export interface NotificationBody {
  alertId: string;
  revision: number;
  status: AlertData['status'];
  level: RiskLevel;
  previousLevel: RiskLevel;
  score: number;
  enterprise: EnterpriseRef;
  /** the rules that fired, with the values that made them fire */
  evidence: {
    ruleId: string;
    summary: string;
    points: number;
    values: Record<string, number | string>;
    thresholds: Record<string, number>;
    evidenceEventIds: string[];
  }[];
  legalBasis: string[];
  recommendedAction: string;
  /** acknowledge by; null when the level asks for nothing */
  dueAt: string | null;
  link: string;
}

export interface NotificationContent {
  title: string;
  body: NotificationBody;
}

/** The JSON webhook body: the alert itself plus what a receiver needs to show it. Postgres builds it (notices/notice-writes.ts). */
export interface WebhookPayload extends Record<string, unknown> {
  alert: AlertData;
  enterprise: EnterpriseRef;
  level: RiskLevel;
  title: string;
  link: string;
}

interface LevelResponse {
  action: string;
  acknowledgeWithinHours: number | null;
}

/**
 * DOMAIN.md §5 defaults. BLUE's "3 working days" is approximated as 72 hours until a working-day
 * calendar (holidays, make-up workdays) exists; RED's "report within 1 h" is its acknowledgement.
 */
const LEVEL_RESPONSE: Record<RiskLevel, LevelResponse> = {
  GREEN: { action: 'No action needed.', acknowledgeWithinHours: null },
  BLUE: { action: 'Liaison verifies with the grassroots union chair; record the case in the monthly ledger.', acknowledgeWithinHours: 72 },
  YELLOW: {
    action: 'Check on site within 3 working days, convene the consultation committee within 7 days, send a reminder letter, agree a rectification plan and offer mediation.',
    acknowledgeWithinHours: 24,
  },
  ORANGE: {
    action: 'A mediation case is opened with an auto-assigned mediator; be on site within 24–48 h, send an opinion letter and report daily.',
    acknowledgeWithinHours: 4,
  },
  RED: {
    action: 'Activate the emergency plan: report within 1 h (in writing within 2 h), be on site within 2–4 h, send a recommendation letter to the labor authority and support arbitration.',
    acknowledgeWithinHours: 1,
  },
};

/** Renders the notification of one alert revision; pure, so the same alert always reads the same. */
export function renderAlertNotification(alert: AlertData, enterprise: EnterpriseRef, consoleUrl: string): NotificationContent {
  const response = LEVEL_RESPONSE[alert.level];
  const title = `${alert.level} risk alert${alert.status === 'updated' ? ' updated' : ''}: ${enterprise.name}`;
  const dueAt =
    response.acknowledgeWithinHours === null ? null : new Date(Date.parse(alert.scoredAt) + response.acknowledgeWithinHours * 3_600_000).toISOString();
  return {
    title,
    body: {
      alertId: alert.alertId,
      revision: alert.revision,
      status: alert.status,
      level: alert.level,
      previousLevel: alert.previousLevel,
      score: alert.score,
      // Only what EnterpriseRef names: the routed enterprise passed in also carries its region path and jurisdiction.
      enterprise: { id: enterprise.id, name: enterprise.name },
      evidence: alert.fired.map((rule) => ({
        ruleId: rule.ruleId,
        summary: rule.summary,
        points: rule.points,
        values: rule.values,
        thresholds: rule.thresholds,
        evidenceEventIds: rule.evidenceEventIds,
      })),
      legalBasis: [...new Set(alert.fired.map((rule) => rule.legalBasis).filter((basis) => basis.trim() !== ''))],
      recommendedAction: response.action,
      dueAt,
      link: alertLink(consoleUrl, alert.alertId),
    },
  };
}

function alertLink(consoleUrl: string, alertId: string): string {
  return `${consoleUrl.replace(/\/+$/, '')}/alerts/${alertId}`;
}
