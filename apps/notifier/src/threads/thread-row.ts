import type { RiskAlertV1 } from '@concord/contracts';
import type { AlertLevel, ThreadCategory } from '@concord/routing';

/** One row of `notify.threads` as the notifier's SQL reads it. */
export interface ThreadRow {
  id: string;
  enterprise_id: string;
  category: ThreadCategory;
  alert_id: string;
  status: 'open' | 'closed';
  level: AlertLevel;
  revision: number;
  alert: RiskAlertV1['data'];
  notified_revision: number | null;
  notified_level: AlertLevel | null;
  notified_at: Date | null;
  acknowledged_at: Date | null;
  escalation_step: number;
  suppressed_by: string | null;
}

export const THREAD_COLUMNS =
  'id, enterprise_id, category, alert_id, status, level, revision, alert, notified_revision, notified_level, notified_at, acknowledged_at, escalation_step, suppressed_by';
