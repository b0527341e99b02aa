/**
 * DOMAIN.md §7: intake → triage → assigned → accepted → in mediation → agreement → performance
 * monitoring → closed; or failed → escalated to the next tier, or to arbitration.
 *
 * 'triage' is also where a case waits for a (new) mediator: after a decline or a recusal it goes
 * back there, and the service runs the assigner again. 'escalated' waits likewise, at the new tier.
 */
export const CASE_STAGES = [
  'intake',
  'triage',
  'assigned',
  'accepted',
  'in_mediation',
  'agreement',
  'performance_monitoring',
  'closed',
  'failed',
  'escalated',
  'arbitration',
] as const;

export type CaseStage = (typeof CASE_STAGES)[number];

/**
 * Stages in which the mediation period (15 days from receipt, LDMAL art. 14) runs: from receipt
 * until an agreement is reached or the case leaves mediation.
 */
export const MEDIATION_CLOCK_STAGES: readonly CaseStage[] = Object.freeze(['intake', 'triage', 'assigned', 'accepted', 'in_mediation', 'escalated']);

/** After these the worker's claim no longer needs the limitation watchdog: it is settled or before an arbitration commission. */
export const LIMITATION_SETTLED_STAGES: readonly CaseStage[] = Object.freeze(['closed', 'arbitration']);
