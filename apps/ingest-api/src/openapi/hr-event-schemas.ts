import { TOPICS, contractsOf } from '@concord/contracts';
import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';
import { MAX_BATCH_EVENTS } from '../events/http/event-batch.dto';
import { schemaRef } from './openapi-components';

export const HR_EVENT_SCHEMA = 'HrEvent';
export const HR_EVENT_BATCH_SCHEMA = 'HrEventBatch';

/**
 * OpenAPI component schemas derived from the very zod contracts the endpoint validates with: one
 * per HR event type (named by its type), the union of them discriminated by `type`, and the batch.
 * New contracts registered for hr.events appear here without any change.
 */
export function hrEventSchemas(): Record<string, SchemaObject> {
  const contracts = contractsOf(TOPICS.hrEvents);
  const perType = Object.fromEntries(
    contracts.map((contract) => {
      // `input`: what a client sends (fields with defaults are optional). Refinements have no JSON Schema form.
      const schema = z.toJSONSchema(contract.schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as SchemaObject;
      return [contract.type, { ...schema, description: contract.description }];
    }),
  );
  return {
    ...perType,
    [HR_EVENT_SCHEMA]: {
      oneOf: contracts.map((c) => schemaRef(c.type)),
      discriminator: { propertyName: 'type', mapping: Object.fromEntries(contracts.map((c) => [c.type, schemaRef(c.type).$ref])) },
    },
    [HR_EVENT_BATCH_SCHEMA]: {
      type: 'object',
      required: ['events'],
      additionalProperties: false,
      properties: { events: { type: 'array', minItems: 1, maxItems: MAX_BATCH_EVENTS, items: schemaRef(HR_EVENT_SCHEMA) } },
    },
  };
}
