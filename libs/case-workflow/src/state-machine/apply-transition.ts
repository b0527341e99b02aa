import { DEFAULT_DEADLINE_OPTIONS, type DeadlineOptions } from '../deadlines/deadline-options.model';
import { accept, assign, decline, reassign, recuse } from './assignment.transitions';
import type { CaseCommand, CaseCommandType } from './case-command.model';
import type { CaseState } from './case-state.model';
import { COMMAND_PHRASES } from './command-phrase';
import { triage } from './intake.transitions';
import { confirmPerformance, extend, monitorPerformance, reachAgreement, startMediation } from './mediation.transitions';
import { close, escalate, fail, referToArbitration, withdraw } from './outcome.transitions';
import { ALLOWED_FROM } from './transition-table';
import type { TransitionResult } from './transition-result.model';
import { type CommandHandler, isValidDate } from './transition-step';

const HANDLERS: { readonly [T in CaseCommandType]: CommandHandler<T> } = Object.freeze({
  triage,
  assign,
  accept,
  decline,
  reassign,
  recuse,
  start_mediation: startMediation,
  extend,
  reach_agreement: reachAgreement,
  monitor_performance: monitorPerformance,
  confirm_performance: confirmPerformance,
  fail,
  escalate,
  refer_to_arbitration: referToArbitration,
  withdraw,
  close,
});

/**
 * Applies one command to a case at instant `at`: the next state and the transition to record,
 * or a refusal with a stable code and a message naming the stage and the command. Refuses rather
 * than throws (commands are validated against their types at the edge first), and never reads
 * the clock: the same inputs always give the same answer.
 */
export function applyTransition(
  state: CaseState,
  command: CaseCommand,
  at: Date,
  options: DeadlineOptions = DEFAULT_DEADLINE_OPTIONS,
): TransitionResult {
  const type = command.type;
  const refuse = (code: Parameters<typeof error>[0], message: string) => error(code, message, state, type);
  // Commands arrive from JSON too; an unknown name is refused rather than trusted.
  if (!Object.hasOwn(ALLOWED_FROM, type)) return refuse('invalid_command', `cannot apply unknown command '${String(type)}' to a case in stage '${state.stage}'`);
  const allowed = ALLOWED_FROM[type];
  const cannot = `cannot ${COMMAND_PHRASES[type]} a case in stage '${state.stage}' (${type})`;
  if (!allowed.includes(state.stage)) return refuse('illegal_transition', `${cannot}; allowed from: ${allowed.join(', ')}`);
  if (!isValidDate(at)) return refuse('invalid_command', `${cannot}: the instant is not a valid date`);

  // The table pairs each type with its handler; TypeScript cannot follow that through the union.
  const step = HANDLERS[type](state, command as never, at, options);
  if (!step.ok) return refuse(step.code, `${cannot}: ${step.message}`);
  return { ok: true, state: step.state, transition: { command: type, from: state.stage, to: step.state.stage, at, note: step.note } };
}

function error(code: Extract<TransitionResult, { ok: false }>['error']['code'], message: string, state: CaseState, command: CaseCommandType): TransitionResult {
  return { ok: false, error: { code, message, stage: state.stage, command } };
}
