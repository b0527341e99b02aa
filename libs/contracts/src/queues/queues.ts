/**
 * BullMQ queue and job names (persisted in Redis, so frozen strings with a version),
 * each job name bound to its payload type.
 */
export const QUEUES = Object.freeze({
  notifyDeliveries: 'notify-deliveries-v1',
  riskReevaluation: 'risk-reevaluation-v1',
} as const);

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = Object.freeze({
  deliverInApp: 'deliver-in-app.v1',
  deliverWebhook: 'deliver-webhook.v1',
  reevaluateRisk: 'reevaluate-risk.v1',
} as const);

export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface DeliveryJobV1 {
  deliveryId: string;
}

/** One run of the scheduled re-evaluation; its slot (ISO instant) is also its job id. */
export interface ReevaluationJobV1 {
  slot: string;
}

export interface JobPayloads {
  'deliver-in-app.v1': DeliveryJobV1;
  'deliver-webhook.v1': DeliveryJobV1;
  'reevaluate-risk.v1': ReevaluationJobV1;
}

/** Which jobs run on which queue; the queue lib refuses to boot unless each has exactly one handler. */
export const QUEUE_JOBS = Object.freeze({
  'notify-deliveries-v1': ['deliver-in-app.v1', 'deliver-webhook.v1'],
  'risk-reevaluation-v1': ['reevaluate-risk.v1'],
} as const satisfies Record<QueueName, readonly JobName[]>);
