import { Controller, Get, Header, Param } from '@nestjs/common';
import { HR_EVENT_CONTRACTS, type JsonSchema, hrEventJsonSchemas, isHrEventType } from '@concord/contracts';
import { DomainError, Public } from '@concord/platform';

export const JSON_SCHEMA_PATH = 'v1/contracts/json-schema';

export interface JsonSchemaIndex {
  schemas: { type: string; description: string; href: string }[];
}

/**
 * The JSON Schema of every HR event type. Public on purpose: integrators validate their events
 * before they have a key, and the schemas reveal nothing but the published contracts.
 */
@Controller(JSON_SCHEMA_PATH)
@Public()
export class JsonSchemaController {
  /** Generated once: the contracts do not change while the process runs. */
  private readonly schemas = hrEventJsonSchemas();

  @Get()
  index(): JsonSchemaIndex {
    const schemas = HR_EVENT_CONTRACTS.map((c) => ({ type: c.type, description: c.description, href: `/${JSON_SCHEMA_PATH}/${c.type}` }));
    return { schemas };
  }

  @Get(':type')
  @Header('content-type', 'application/schema+json')
  schema(@Param('type') type: string): JsonSchema {
    if (isHrEventType(type)) return this.schemas[type];
    throw new DomainError('not_found', `Unknown event type '${type}'; known types: ${HR_EVENT_CONTRACTS.map((c) => c.type).join(', ')}`);
  }
}
