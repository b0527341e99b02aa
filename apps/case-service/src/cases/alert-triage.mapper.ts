import { COLLECTIVE_DISPUTE_MIN_WORKERS } from '@concord/case-workflow';
import type { FiredRuleV1 } from '@concord/contracts';
import { alertCategory } from '@concord/routing';

/** The workflow's triage command for a case opened from an alert. */
export interface AlertTriage {
  type: 'triage';
  workerCount: number;
  commonClaim: boolean;
}

/** Score category of the incident rules (I1 stoppage, I2 public gathering, I3 petition). */
const INCIDENTS = 'incidents';

/**
 * How a case opened from an alert is triaged. An alert names no claimants, so the workers and
 * their common claim are read from what the fired rules measured:
 *
 * - an incident rule triggered the alert's level (the notifier's `collective_incident` thread,
 *   alertCategory): workers acted together on shared demands, so there is a common claim, and the
 *   triggering rules' `participants` (the largest open incident's) count the workers;
 * - a rule reports `workersAffected` (a mass layoff plan, an unconsulted platform rule change):
 *   one employer measure hits them all alike, a common claim of that many workers.
 *
 * The workflow then applies LDMAL art. 7 (isCollective): collective when there is a common claim
 * and at least COLLECTIVE_DISPUTE_MIN_WORKERS (10) workers. A stoppage of fewer than ten, or a
 * trigger that reports no count, stays an individual case (one worker when nothing is counted):
 * the count is never invented, and staff can still establish collectiveness by hand.
 */
export function alertTriageOf(fired: readonly FiredRuleV1[]): AlertTriage {
  const incidentTriggers = fired.filter((rule) => rule.category === INCIDENTS && rule.trigger === true);
  const participants = incidentTriggers.map((rule) => countOf(rule.values.participants));
  const affected = fired.map((rule) => countOf(rule.values.workersAffected));
  const workerCount = Math.max(1, ...participants, ...affected);
  const commonClaim = alertCategory(fired) === 'collective_incident' || affected.some((count) => count >= COLLECTIVE_DISPUTE_MIN_WORKERS);
  return { type: 'triage', workerCount, commonClaim };
}

/** A whole, positive number of workers, or 0 when the rule did not measure one. */
function countOf(value: number | string | undefined): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0;
}
