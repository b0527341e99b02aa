import { TOPICS } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import type { Level, RiskScore } from '@concord/risk-rules';
import { type EntityManager, In } from 'typeorm';
import { alertIdFor } from './alert-id';
import { toAlertEvent } from './alert-event.mapper';
import { Alert } from './alert.entity';
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

export type AppliedAlert = { decision: AlertDecision; alertId: string | null };

/**
 * Moves each enterprise's alert along after its score, inside the caller's transaction (which
 * holds the enterprises' locks): one read of their open alerts, a decision each, the alert rows
 * written, and every riskAlertV1 revision queued in the outbox in one insert.
 */
export async function applyAlertDecisions(manager: EntityManager, scored: readonly ScoredEnterprise[]): Promise<AppliedAlert[]> {
  if (scored.length === 0) return [];
  const openAlerts = await manager.findBy(Alert, { enterpriseId: In(scored.map((s) => s.enterpriseId)), status: 'open' });
  const openByEnterprise = new Map(openAlerts.map((alert) => [alert.enterpriseId, alert]));
  const applied: AppliedAlert[] = [];
  const messages: ReturnType<typeof toAlertEvent>[] = [];
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
    if (decision.action === 'open') {
      await manager.insert(Alert, {
        alertId,
        enterpriseId,
        status: 'open',
        level: decision.level,
        revision: decision.revision,
        fired: score.fired,
        openedAt: scoredAt,
        updatedAt: scoredAt,
        resolvedAt: null,
      });
    } else {
      const resolved = decision.action === 'resolved';
      await manager.update(Alert, { alertId }, {
        status: resolved ? 'resolved' : 'open',
        // A resolved alert keeps the highest level it reached.
        ...(resolved ? { resolvedAt: scoredAt } : { level: decision.level }),
        revision: decision.revision,
        fired: score.fired,
        updatedAt: scoredAt,
      });
    }
    messages.push(toAlertEvent({ alertId, enterpriseId, decision, score, scoredAt }));
    applied.push({ decision, alertId });
  }
  await appendToOutbox(manager, TOPICS.riskAlerts, messages);
  return applied;
}
