import type { CaseCommandType } from './case-command.model';
import type { CaseStage } from './case-stage.model';
import type { CaseState } from './case-state.model';

/** One entry of a case's history: the service stores it as is. */
export interface CaseTransition {
  command: CaseCommandType;
  from: CaseStage;
  to: CaseStage;
  at: Date;
  /** what happened, in words a centre head can read */
  note: string;
}

/** Stable codes the service maps to HTTP statuses (409 for the first, 422 for the rest). */
export type CaseTransitionErrorCode =
  /** the command is not allowed in the case's stage */
  | 'illegal_transition'
  /** an extension without both parties' consent */
  | 'consent_missing'
  /** the mediation period has already ended */
  | 'deadline_passed'
  /** the mediator named is not on the case */
  | 'not_on_case'
  | 'already_accepted'
  /** wrong number of mediators, a repeated one, or one excluded from the case */
  | 'invalid_assignment'
  /** a malformed command or instant */
  | 'invalid_command';

export interface CaseTransitionError {
  code: CaseTransitionErrorCode;
  message: string;
  stage: CaseStage;
  command: CaseCommandType;
}

export type TransitionResult = { ok: true; state: CaseState; transition: CaseTransition } | { ok: false; error: CaseTransitionError };
