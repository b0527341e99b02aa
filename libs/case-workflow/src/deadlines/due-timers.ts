import { LIMITATION_SETTLED_STAGES, MEDIATION_CLOCK_STAGES } from '../state-machine/case-stage.model';
import type { CaseState } from '../state-machine/case-state.model';
import { type Deadline, acceptanceDue, centreHeadWarningAt, limitationWarningAt, mediationDue } from './case-deadlines';
import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from './deadline-options.model';

export type CaseTimerKind =
  /** reassign: the mediators have not all accepted in time */
  | 'acceptance_overdue'
  /** warn the centre head: day 10 and no mediation meeting yet */
  | 'centre_head_warning'
  /** the mediation period has ended without agreement: fail, then escalate or refer to arbitration */
  | 'mediation_overdue'
  /** the worker's claim nears the end of its limitation period */
  | 'limitation_warning'
  /** the agreement's performance date has come: check it was performed */
  | 'performance_check';

export interface CaseTimer extends Deadline {
  kind: CaseTimerKind;
  /**
   * A queue job id: fixed for the same case, kind and instant, so enqueueing twice is harmless,
   * and new whenever the instant moves (an extension, an escalation), so a stale job is told
   * apart by not being in the list any more. No ':' (BullMQ refuses it in custom ids).
   */
  jobId: string;
}

/**
 * The timers a case should have in its current stage, earliest first. The service makes the
 * queue match this list after every transition (and its sweeper after a restart): enqueue what is
 * missing, drop what is not listed; a timer that fires checks it is still listed before acting.
 * Instants in the past are listed too: they are due now.
 */
export function dueTimers(state: CaseState, options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS): CaseTimer[] {
  const timers: Omit<CaseTimer, 'jobId'>[] = [];
  const add = (kind: CaseTimerKind, deadline: Deadline) => timers.push({ kind, ...deadline });

  if (state.stage === 'assigned' && state.assignedAt) add('acceptance_overdue', acceptanceDue(state.assignedAt, state.jurisdiction, options));
  if (MEDIATION_CLOCK_STAGES.includes(state.stage)) {
    const due = mediationDue(state.receivedAt, state.extensionDays, state.jurisdiction, options);
    const warning = centreHeadWarningAt(state.receivedAt, state.jurisdiction, options);
    if (state.firstMeetingAt === null && warning.at < due.at) add('centre_head_warning', warning);
    add('mediation_overdue', due);
  }
  if (state.stage === 'performance_monitoring' && state.performBy) add('performance_check', { at: state.performBy, exact: true });
  if (state.limitationFrom && !LIMITATION_SETTLED_STAGES.includes(state.stage)) {
    add('limitation_warning', limitationWarningAt(state.limitationFrom, state.jurisdiction, options));
  }
  return timers
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((timer) => ({ ...timer, jobId: `case-${state.caseId}-${timer.kind}-${timer.at.getTime()}` }));
}
