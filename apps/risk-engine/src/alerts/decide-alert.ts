import { type Level, levelRank, maxLevel } from '@concord/risk-rules';

/** What the decision needs to know about the enterprise's open alert, if it has one. */
export interface OpenAlertState {
  level: Level;
  revision: number;
}

export interface AlertInput {
  openAlert: OpenAlertState | null;
  /** The enterprise's level before this score (GREEN if it was never scored). */
  previousLevel: Level;
  /** The level just scored. */
  level: Level;
  /** A trigger (a rule that sets the level directly) fired that the open alert does not show yet. */
  newTrigger?: boolean;
}

/** The status and revision of the riskAlertV1 message to publish, or nothing. */
export type AlertDecision =
  | { action: 'none' }
  | { action: 'open'; revision: 1; level: Level; previousLevel: Level }
  | { action: 'updated'; revision: number; level: Level; previousLevel: Level }
  | { action: 'resolved'; revision: number; level: 'GREEN'; previousLevel: Level };

/**
 * Decides how a new score changes the enterprise's alert. Pure, so later rules (hysteresis:
 * resolve only after 14 quiet days; hard triggers re-alerting at the same level) extend it here
 * and are tested without a database.
 *
 * - no open alert, level BLUE or above → open (revision 1)
 * - open alert, level above the alert's level, or a new trigger fired → updated (revision + 1)
 * - open alert, level back to GREEN → resolved (revision + 1)
 * - otherwise (same level, or a fall that stays above GREEN) → nothing: the alert keeps the
 *   highest level it reached, so wavering below that peak does not re-notify anyone.
 */
export function decideAlert({ openAlert, previousLevel, level, newTrigger = false }: AlertInput): AlertDecision {
  if (!openAlert) {
    return levelRank(level) >= levelRank('BLUE') ? { action: 'open', revision: 1, level, previousLevel } : { action: 'none' };
  }
  if (level === 'GREEN') {
    return { action: 'resolved', revision: openAlert.revision + 1, level, previousLevel: openAlert.level };
  }
  if (levelRank(level) > levelRank(openAlert.level) || newTrigger) {
    return { action: 'updated', revision: openAlert.revision + 1, level: maxLevel(level, openAlert.level), previousLevel: openAlert.level };
  }
  return { action: 'none' };
}
