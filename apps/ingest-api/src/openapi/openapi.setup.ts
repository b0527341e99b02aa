import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { HR_EVENT_BATCH_SCHEMA, HR_EVENT_SCHEMA, hrEventSchemas } from './hr-event-schemas';
import { registeredComponentSchemas, schemaRef } from './openapi-components';

/**
 * Serves the API description at `/docs` (UI) and `/docs-json`. Both are public on purpose: they
 * are mounted on the HTTP adapter, outside Nest's guards, and reveal nothing but the contracts.
 * Responses are documented beside each route (`@ApiOkResponse`, `@ApiErrorResponses`) with
 * `$ref`s to the zod schemas of OPENAPI_COMPONENTS, which are added here.
 */
export function setupOpenApi(app: INestApplication): void {
  const base = new DocumentBuilder()
    .setTitle('Concord ingest API')
    .setDescription('HR events from enterprises. The event id is the idempotency key.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: 'The enterprise API key' })
    .build();
  // nestjs-zod's cleanup turns its DTOs (the complaint body) into plain OpenAPI schemas.
  const document = withEventBodies(withZodComponents(cleanupOpenApiDoc(SwaggerModule.createDocument(app, base))));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

function withZodComponents(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ...hrEventSchemas(), ...registeredComponentSchemas() } };
  return document;
}

function withEventBodies(document: OpenAPIObject): OpenAPIObject {
  const bodies: Record<string, string> = { '/v1/events': HR_EVENT_SCHEMA, '/v1/events/batch': HR_EVENT_BATCH_SCHEMA };
  for (const [path, schema] of Object.entries(bodies)) {
    const operation = document.paths[path]?.post;
    if (operation) operation.requestBody = { required: true, content: { 'application/json': { schema: schemaRef(schema) } } };
  }
  return document;
}
