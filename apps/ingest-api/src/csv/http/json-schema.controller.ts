import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';
import { HR_EVENT_CONTRACTS, type JsonSchema, hrEventJsonSchemas, isHrEventType } from '@concord/contracts';
import { DomainError, Public } from '@concord/platform';
import type { Response } from 'express';
import type { z } from 'zod';
import { ApiErrorResponses } from '../../openapi/api-error-responses.decorator';
import { jsonSchemaDocumentSchema, jsonSchemaIndexSchema } from '../../openapi/json-schema-answers.schema';
import { componentRef } from '../../openapi/openapi-components';

export const JSON_SCHEMA_PATH = 'v1/contracts/json-schema';

export type JsonSchemaIndex = z.infer<typeof jsonSchemaIndexSchema>;

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
  @ApiOkResponse({ description: 'Every HR event type with the address of its JSON Schema', schema: componentRef(jsonSchemaIndexSchema) })
  index(): JsonSchemaIndex {
    const schemas = HR_EVENT_CONTRACTS.map((c) => ({ type: c.type, description: c.description, href: `/${JSON_SCHEMA_PATH}/${c.type}` }));
    return { schemas };
  }

  @Get(':type')
  @ApiOkResponse({ description: 'The JSON Schema of the type', content: { 'application/schema+json': { schema: componentRef(jsonSchemaDocumentSchema) } } })
  @ApiErrorResponses(404)
  schema(@Param('type') type: string, @Res({ passthrough: true }) response: Response): JsonSchema {
    if (!isHrEventType(type)) throw new DomainError('not_found', `Unknown event type '${type}'; known types: ${HR_EVENT_CONTRACTS.map((c) => c.type).join(', ')}`);
    // Set here, not with @Header: Nest applies that before the handler runs, so the 404's JSON error would carry it too.
    response.type('application/schema+json');
    return this.schemas[type];
  }
}
