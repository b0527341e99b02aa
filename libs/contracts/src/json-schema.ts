import { z } from 'zod';
import { HR_EVENT_CONTRACTS, type HrEventType } from './hr/hr-event-contracts';

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** Where the generated files live, relative to the repository root, and how to regenerate them. */
export const JSON_SCHEMA_DIR = 'libs/contracts/json-schema';
export const JSON_SCHEMA_REGENERATE_COMMAND =
  'node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/contracts/write-json-schemas.ts';

/**
 * The JSON Schema (draft 2020-12) of every HR event envelope, as a client sends it: `io: 'input'`
 * so fields with defaults (currency) are optional. Refinements across fields cannot be expressed
 * in JSON Schema; the API reports them with paths when an event breaks one.
 */
export function hrEventJsonSchemas(): Record<HrEventType, JsonSchema> {
  const entries = HR_EVENT_CONTRACTS.map((contract) => {
    const schema = z.toJSONSchema(contract.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
    const document: JsonSchema = { title: contract.type, description: contract.description, ...schema };
    return [contract.type, document] as const;
  });
  return Object.fromEntries(entries) as Record<HrEventType, JsonSchema>;
}

/** The text of one committed schema file: stable key order, two-space indent, trailing newline. */
export function jsonSchemaFileText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
