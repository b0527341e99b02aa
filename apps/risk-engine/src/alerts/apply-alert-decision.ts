import { TOPICS } from '@concord/contracts';
import { appendToOutbox, jsonRecords, preparedStatement, runPrepared } from '@concord/database';
import type { Level, RiskScore } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { alertIdFor } from './alert-id';
import { toAlertEvent } from './alert-event.mapper';
import type { Alert } from './alert.entity';
import { type AlertDecision, decideAlert } from './decide-alert';

export interface ScoredEnterprise {
  enterpriseId: string;
  triggerEventId: string;
  previousLevel: Level;
  /** The assessed level (hysteresis applied), which may stand above the score's own level. */
  level: Level;
  score: RiskScore;
  scoredAt: Date;
}

/** An enterprise's open alert, as a decision reads it. */
type OpenAlert = Pick<Alert, 'alertId' | 'enterpriseId' | 'level' | 'revision' | 'fired'>;

const OPEN_ALERTS = preparedStatement(
  'risk.open-alerts',
  `SELECT alert_id AS "alertId", enterprise_id AS "enterpriseId", level, revision, fired FROM alerts WHERE enterprise_id = ANY($1::uuid[]) AND status = 'open'`,
);

export type AppliedAlert = { decision: AlertDecision; alertId: string | null };

interface AlertWrite {
  alertId: string;
  enterpriseId: string;
  decision: Exclude<AlertDecision, { action: 'none' }>;
  /** The explanation. */
  fired: RiskScore['fired'];
  at: Date;
}

/**
 * Moves each enterprise's alert along after its score, inside the caller's transaction (which
 * holds the enterprises' locks): one read of their open alerts, a decision each, the new alerts
 * inserted and the moved ones updated in one statement each, and every riskAlertV1 revision
 * queued in the outbox in one insert.
 */
export async function applyAlertDecisions(manager: EntityManager, scored: readonly ScoredEnterprise[]): Promise<AppliedAlert[]> {
  if (scored.length === 0) return [];
  const openAlerts = await runPrepared<OpenAlert>(manager, OPEN_ALERTS, [scored.map((s) => s.enterpriseId)]);
  const openByEnterprise = new Map(openAlerts.map((alert) => [alert.enterpriseId, alert]));
  const applied: AppliedAlert[] = [];
  const messages: ReturnType<typeof toAlertEvent>[] = [];
  const [opened, moved]: AlertWrite[][] = [[], []];
  for (const entry of scored) {
    const { enterpriseId, score, scoredAt } = entry;
    const open = openByEnterprise.get(enterpriseId) ?? null;
    const shown = new Set((open?.fired ?? []).filter((rule) => rule.trigger).map((rule) => rule.ruleId));
    const newTrigger = score.fired.some((rule) => rule.trigger && !shown.has(rule.ruleId));
    const decision = decideAlert({ openAlert: open, previousLevel: entry.previousLevel, level: entry.level, newTrigger });
    if (decision.action === 'none') {
      applied.push({ decision, alertId: open?.alertId ?? null });
      continue;
    }
    const alertId = open?.alertId ?? alertIdFor(enterpriseId, entry.triggerEventId);
    (decision.action === 'open' ? opened : moved).push({ alertId, enterpriseId, decision, fired: score.fired, at: scoredAt });
    messages.push(toAlertEvent({ alertId, enterpriseId, decision, score, scoredAt }));
    applied.push({ decision, alertId });
  }
  await insertOpened(manager, opened);
  await updateMoved(manager, moved);
  await appendToOutbox(manager, TOPICS.riskAlerts, messages);
  return applied;
}

async function insertOpened(manager: EntityManager, opened: readonly AlertWrite[]): Promise<void> {
  if (opened.length === 0) return;
  await manager.query(
    `INSERT INTO alerts (alert_id, enterprise_id, status, level, revision, fired, opened_at, updated_at)
     SELECT "alertId", "enterpriseId", 'open', level, revision, fired, at, at
     FROM json_to_recordset($1::json) AS a("alertId" uuid, "enterpriseId" uuid, level text, revision int, fired jsonb, at timestamptz)`,
    [jsonRecords(opened.map(alertRecord))],
  );
}

/** Raised, updated or resolved alerts; a resolved alert keeps the highest level it reached. */
async function updateMoved(manager: EntityManager, moved: readonly AlertWrite[]): Promise<void> {
  if (moved.length === 0) return;
  await manager.query(
    `UPDATE alerts SET
       status = CASE WHEN m.resolved THEN 'resolved' ELSE 'open' END,
       level = CASE WHEN m.resolved THEN alerts.level ELSE m.level END,
       resolved_at = CASE WHEN m.resolved THEN m.at ELSE alerts.resolved_at END,
       revision = m.revision, fired = m.fired, updated_at = m.at
     FROM json_to_recordset($1::json) AS m("alertId" uuid, resolved boolean, level text, revision int, fired jsonb, at timestamptz)
     WHERE alerts.alert_id = m."alertId"`,
    [jsonRecords(moved.map(alertRecord))],
  );
}

function alertRecord({ alertId, enterpriseId, decision, fired, at }: AlertWrite) {
  return { alertId, enterpriseId, level: decision.level, revision: decision.revision, resolved: decision.action === 'resolved', fired, at };
}
