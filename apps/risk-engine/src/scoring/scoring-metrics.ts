import { emittedAlerts, scoredEvents } from '@concord/platform';
import type { Scored } from './enterprise-scorer';

// Both are called after the scoring transaction commits, never inside it, so a batch that rolls
// back and is retried counts once.

/** Events stored and scored, by type. */
export function countScoredEvents(events: readonly { type: string }[]): void {
  const byType = new Map<string, number>();
  for (const { type } of events) byType.set(type, (byType.get(type) ?? 0) + 1);
  for (const [type, n] of byType) scoredEvents.inc({ type }, n);
}

/** Alert revisions the scores put in the outbox, by action and level. */
export function countEmittedAlerts(scored: readonly Scored[]): void {
  for (const { alert } of scored) {
    if (alert.decision.action !== 'none') emittedAlerts.inc({ action: alert.decision.action, level: alert.decision.level });
  }
}
