export { CASE_STAGES, LIMITATION_SETTLED_STAGES, MEDIATION_CLOCK_STAGES, type CaseStage } from './state-machine/case-stage.model';
export type { CaseState } from './state-machine/case-state.model';
export {
  FAILURE_REASONS,
  type CaseCommand,
  type CaseCommandType,
  type CommandOf,
  type FailureReason,
  type RecusalRequester,
} from './state-machine/case-command.model';
export { ALLOWED_FROM, CASE_COMMAND_TYPES } from './state-machine/transition-table';
export type { CaseTransition, CaseTransitionError, CaseTransitionErrorCode, TransitionResult } from './state-machine/transition-result.model';
export { COLLECTIVE_DISPUTE_MIN_WORKERS, isCollective } from './state-machine/collective.policy';
export { nextTier } from './state-machine/tier-escalation.policy';
export { openCase, type NewCase } from './state-machine/open-case';
export { applyTransition } from './state-machine/apply-transition';
export { assignmentNeedsOf, awaitingAcceptance } from './state-machine/assignment-needs';
// The console counts case deadlines down in the same zones the case service judges them in.
export { BUSINESS_TIME_ZONES, endOfLocalDay, localDayOf, startOfLocalDay } from '@concord/risk-rules';
export { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from './deadlines/deadline-options.model';
export {
  type Deadline,
  acceptanceDue,
  centreHeadWarningAt,
  limitationExpiry,
  limitationWarningAt,
  mediationDue,
} from './deadlines/case-deadlines';
export { type CaseTimer, type CaseTimerKind, dueTimers } from './deadlines/due-timers';
export {
  DEADLINE_KINDS,
  DEADLINE_RISKS,
  DUE_SOON_MS,
  type DeadlineAtRisk,
  type DeadlineKind,
  type DeadlineRisk,
  type DeadlineRiskCounts,
  countDeadlinesAtRisk,
  deadlinesAtRisk,
} from './deadlines/deadlines-at-risk';
