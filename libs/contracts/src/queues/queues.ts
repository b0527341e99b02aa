/**
 * BullMQ queue and job names (persisted in Redis, so frozen strings with a version),
 * each job name bound to its payload type.
 */
export const QUEUES = Object.freeze({
  notifyDeliveries: 'notify-deliveries-v1',
  notifyNotices: 'notify-notices-v1',
  riskReevaluation: 'risk-reevaluation-v1',
  caseDeadlines: 'case-deadlines-v1',
} as const);

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = Object.freeze({
  deliverWebhook: 'deliver-webhook.v1',
  deliverEmail: 'deliver-email.v1',
  deliverSms: 'deliver-sms.v1',
  tellThread: 'tell-thread.v1',
  endSilence: 'end-silence.v1',
  reevaluateRisk: 'reevaluate-risk.v1',
  caseDeadline: 'case-deadline.v1',
} as const);

export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface DeliveryJobV1 {
  deliveryId: string;
}

/**
 * Tell a notification thread's people why: a new revision, a repeat, an escalation or a release
 * from a silence or an inhibition. `round` tells apart notices of one revision and reason (the
 * repeat or escalation step, or the release's instant), so a re-run job makes the same notice.
 */
export interface TellThreadJobV1 {
  threadId: string;
  reason: 'opened' | 'raised' | 'new_trigger' | 'repeat' | 'released' | 'escalated';
  revision: number;
  round: number;
}

/** A silence ended: the threads it muted are told again. */
export interface EndSilenceJobV1 {
  silenceId: string;
}

/** One run of the scheduled re-evaluation; its slot (ISO instant) is also its job id. */
export interface ReevaluationJobV1 {
  slot: string;
}

/** The kinds of a mediation case's timers (@concord/case-workflow's CaseTimerKind, frozen here as persisted names). */
export type CaseDeadlineKindV1 = 'acceptance_overdue' | 'centre_head_warning' | 'mediation_overdue' | 'limitation_warning' | 'performance_check';

/**
 * A mediation case's timer came due. The handler re-reads the case and acts only if a timer of
 * this kind and instant is still due, so a stale or repeated job is harmless.
 */
export interface CaseDeadlineJobV1 {
  caseId: string;
  kind: CaseDeadlineKindV1;
  /** the instant the timer was due (ISO 8601) */
  at: string;
}

export interface JobPayloads {
  'deliver-webhook.v1': DeliveryJobV1;
  'deliver-email.v1': DeliveryJobV1;
  'deliver-sms.v1': DeliveryJobV1;
  'tell-thread.v1': TellThreadJobV1;
  'end-silence.v1': EndSilenceJobV1;
  'reevaluate-risk.v1': ReevaluationJobV1;
  'case-deadline.v1': CaseDeadlineJobV1;
}

/** Which jobs run on which queue; the queue lib refuses to boot unless each has exactly one handler. */
export const QUEUE_JOBS = Object.freeze({
  'notify-deliveries-v1': ['deliver-webhook.v1', 'deliver-email.v1', 'deliver-sms.v1'],
  'notify-notices-v1': ['tell-thread.v1', 'end-silence.v1'],
  'risk-reevaluation-v1': ['reevaluate-risk.v1'],
  'case-deadlines-v1': ['case-deadline.v1'],
} as const satisfies Record<QueueName, readonly JobName[]>);
