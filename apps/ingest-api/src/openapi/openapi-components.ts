import type { SchemaObject } from '@nestjs/swagger';
import { z } from 'zod';

/**
 * The zod schemas of what ingest-api answers, each under the name it has in the document's
 * `components.schemas`. A schema nested in another registered one becomes a `$ref` to it.
 */
export const OPENAPI_COMPONENTS = z.registry<{ id: string }>();

export function schemaRef(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}

/** The `$ref` to a registered schema; throws at boot for one that was never registered, so no reference dangles. */
export function componentRef(schema: z.ZodType): { $ref: string } {
  const registered = OPENAPI_COMPONENTS.get(schema);
  if (!registered) throw new Error(`A response schema (${schema.description ?? 'without description'}) is not registered in OPENAPI_COMPONENTS`);
  return schemaRef(registered.id);
}

/** Every registered schema as an OpenAPI 3.0 component, as the app sends it (`io: 'output'`). */
export function registeredComponentSchemas(): Record<string, SchemaObject> {
  const { schemas } = z.toJSONSchema(OPENAPI_COMPONENTS, { target: 'openapi-3.0', io: 'output', uri: (id) => schemaRef(id).$ref });
  // zod stamps each with `$id`, which an OpenAPI 3.0 schema object does not allow: the component name is its identity.
  return Object.fromEntries(Object.entries(schemas).map(([name, { $id, ...schema }]) => [name, schema as SchemaObject]));
}
