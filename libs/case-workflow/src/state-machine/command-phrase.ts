import type { CaseCommandType } from './case-command.model';

/** Completes "cannot … a case in stage 'x'" in error messages. */
export const COMMAND_PHRASES: Readonly<Record<CaseCommandType, string>> = Object.freeze({
  triage: 'triage',
  assign: 'assign',
  accept: 'accept',
  decline: 'decline',
  reassign: 'reassign',
  recuse: 'recuse a mediator from',
  start_mediation: 'start mediation on',
  extend: 'extend',
  reach_agreement: 'record an agreement on',
  monitor_performance: 'monitor the performance of',
  confirm_performance: 'confirm the performance of',
  fail: 'fail',
  escalate: 'escalate',
  refer_to_arbitration: 'refer to arbitration',
  withdraw: 'withdraw',
  close: 'close',
});
