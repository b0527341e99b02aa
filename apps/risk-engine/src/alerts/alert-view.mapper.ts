import type { Level } from '@concord/risk-rules';
import { type ExplanationItem, toExplanation } from '../scoring/explanation.mapper';
import type { Alert, AlertStatus } from './alert.entity';

export interface AlertView {
  alertId: string;
  enterpriseId: string;
  status: AlertStatus;
  level: Level;
  revision: number;
  openedAt: string;
  updatedAt: string;
  resolvedAt: string | null;
  explanation: ExplanationItem[];
}

export function toAlertView(alert: Alert): AlertView {
  return {
    alertId: alert.alertId,
    enterpriseId: alert.enterpriseId,
    status: alert.status,
    level: alert.level,
    revision: alert.revision,
    openedAt: alert.openedAt.toISOString(),
    updatedAt: alert.updatedAt.toISOString(),
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    explanation: toExplanation(alert.fired),
  };
}
