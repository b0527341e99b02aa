import { TOPICS } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import type { Level, RiskScore } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
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
 * Moves the enterprise's alert along after a score, inside the caller's transaction (which holds
 * the enterprise's lock): decides, writes the alert row, and queues the riskAlertV1 revision in
 * the outbox.
 */
export async function applyAlertDecision(manager: EntityManager, scored: ScoredEnterprise): Promise<AppliedAlert> {
  const { enterpriseId, score, scoredAt } = scored;
  const open = await manager.findOneBy(Alert, { enterpriseId, status: 'open' });
  const shown = new Set((open?.fired ?? []).filter((rule) => rule.trigger).map((rule) => rule.ruleId));
  const newTrigger = score.fired.some((rule) => rule.trigger && !shown.has(rule.ruleId));
  const decision = decideAlert({ openAlert: open, previousLevel: scored.previousLevel, level: scored.level, newTrigger });
  if (decision.action === 'none') return { decision, alertId: open?.alertId ?? null };

  const alertId = open?.alertId ?? alertIdFor(enterpriseId, scored.triggerEventId);
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
  await appendToOutbox(manager, TOPICS.riskAlerts, [toAlertEvent({ alertId, enterpriseId, decision, score, scoredAt })]);
  return { decision, alertId };
}
