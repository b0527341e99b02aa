import type { CaseCommandType } from './case-command.model';
import type { CaseStage } from './case-stage.model';

/**
 * The stages each command may be applied in. Anything else is refused; the spec walks every
 * stage × command pair against this table.
 */
export const ALLOWED_FROM: Readonly<Record<CaseCommandType, readonly CaseStage[]>> = Object.freeze({
  triage: ['intake'],
  assign: ['triage', 'escalated'],
  accept: ['assigned'],
  decline: ['assigned'],
  reassign: ['assigned'],
  recuse: ['triage', 'assigned', 'accepted', 'in_mediation', 'escalated'],
  start_mediation: ['accepted'],
  extend: ['in_mediation'],
  reach_agreement: ['in_mediation'],
  monitor_performance: ['agreement'],
  confirm_performance: ['agreement', 'performance_monitoring'],
  fail: ['triage', 'assigned', 'accepted', 'in_mediation', 'agreement', 'performance_monitoring', 'escalated'],
  escalate: ['failed'],
  refer_to_arbitration: ['failed', 'escalated'],
  withdraw: ['intake', 'triage', 'assigned', 'accepted', 'in_mediation', 'escalated'],
  close: ['failed', 'arbitration'],
});

export const CASE_COMMAND_TYPES = Object.freeze(Object.keys(ALLOWED_FROM) as CaseCommandType[]);
