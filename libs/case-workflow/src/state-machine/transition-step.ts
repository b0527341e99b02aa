import type { DeadlineOptions } from '../deadlines/deadline-options.model';
import type { CaseCommandType, CommandOf } from './case-command.model';
import type { CaseState } from './case-state.model';
import type { CaseTransitionErrorCode } from './transition-result.model';

/** What one command's handler decides, before applyTransition adds the stage and command names. */
export type Step = { ok: true; state: CaseState; note: string } | { ok: false; code: CaseTransitionErrorCode; message: string };

/** Handles one command in a stage the transition table already allows. */
export type CommandHandler<T extends CaseCommandType> = (state: CaseState, command: CommandOf<T>, at: Date, options: DeadlineOptions) => Step;

export function moved(state: CaseState, note: string): Step {
  return { ok: true, state, note };
}

export function refused(code: CaseTransitionErrorCode, message: string): Step {
  return { ok: false, code, message };
}

/** Nobody serves on the case any more (it failed, closed or left for arbitration); the service releases their capacity. */
export function withoutSeats(state: CaseState): CaseState {
  return { ...state, mediatorIds: [], acceptedBy: [], assignedAt: null };
}

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
