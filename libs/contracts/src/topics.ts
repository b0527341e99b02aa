import type { z } from 'zod';
import { caseOpenedV1 } from './case/case-opened.v1';
import { caseStageChangedV1 } from './case/case-stage-changed.v1';
import { mediatorAssignedV1 } from './case/mediator-assigned.v1';
import type { EventContract, EventOf } from './envelope/cloud-event';
import { HR_EVENT_CONTRACTS } from './hr/hr-event-contracts';
import { riskAlertV1 } from './risk/alert.v1';

/** Topic names are persisted identifiers: frozen strings, shared by producers and consumers. */
export const TOPICS = Object.freeze({
  hrEvents: 'hr.events',
  riskAlerts: 'risk.alerts',
  caseEvents: 'case.events',
} as const);

export type TopicName = (typeof TOPICS)[keyof typeof TOPICS];

/** Every event type a topic may carry. A producer cannot publish, and a consumer will not accept, anything else. */
export const TOPIC_CONTRACTS = Object.freeze({
  'hr.events': HR_EVENT_CONTRACTS,
  'risk.alerts': [riskAlertV1],
  'case.events': [caseOpenedV1, mediatorAssignedV1, caseStageChangedV1],
} as const satisfies Record<TopicName, readonly EventContract<string, z.ZodType>[]>);

export type TopicEvent<T extends TopicName> = EventOf<(typeof TOPIC_CONTRACTS)[T][number]>;

export function deadLetterTopic(topic: TopicName): `${TopicName}.dlq` {
  return `${topic}.dlq`;
}

export function contractsOf(topic: TopicName): readonly EventContract<string, z.ZodType>[] {
  return TOPIC_CONTRACTS[topic];
}
