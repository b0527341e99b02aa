export const FAILURE_REASONS = [
  'mediation_period_expired',
  'party_refused_mediation',
  'no_agreement',
  'agreement_not_performed',
  'no_mediator_available',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** Who asked a mediator to step aside: either party, or the mediator themself. */
export type RecusalRequester = 'workers' | 'employer' | 'mediator';

/** What may be done to a case; `type` is the command's stable name, as stored in the transition log. */
export type CaseCommand =
  /** decide collectiveness (≥ 10 workers with a common claim) and the tier */
  | { type: 'triage'; workerCount: number; commonClaim: boolean }
  /** seat the mediator, or the panel of three for a collective case, the assigner chose */
  | { type: 'assign'; mediatorIds: readonly string[]; reason?: string }
  | { type: 'accept'; mediatorId: string }
  /** the mediator refuses the case: it goes back to triage and they are excluded from it */
  | { type: 'decline'; mediatorId: string; reason?: string }
  /** replace the mediators (e.g. the acceptance period passed); those replaced before accepting are excluded */
  | { type: 'reassign'; mediatorIds: readonly string[]; reason?: string }
  /** a mediator may not serve on this case; if they serve now, the case goes back to triage */
  | { type: 'recuse'; mediatorId: string; requestedBy: RecusalRequester; reason?: string }
  /** the first mediation meeting with the parties */
  | { type: 'start_mediation' }
  /** lengthen the mediation period; only with both parties' consent */
  | { type: 'extend'; workersConsent: boolean; employerConsent: boolean; days?: number }
  | { type: 'reach_agreement' }
  | { type: 'monitor_performance'; performBy: Date }
  | { type: 'confirm_performance' }
  | { type: 'fail'; reason: FailureReason; note?: string }
  /** to the next tier (enterprise → street → county); from the county, to arbitration */
  | { type: 'escalate' }
  | { type: 'refer_to_arbitration' }
  /** the worker withdraws the application */
  | { type: 'withdraw'; reason?: string }
  /** end the federation's involvement after a failure or once arbitration is done */
  | { type: 'close'; reason?: string };

export type CaseCommandType = CaseCommand['type'];

export type CommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;
