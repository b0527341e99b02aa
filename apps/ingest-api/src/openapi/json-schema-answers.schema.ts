import { z } from 'zod';
import { OPENAPI_COMPONENTS } from './openapi-components';

export const jsonSchemaIndexSchema = z
  .object({
    schemas: z.array(
      z.object({
        type: z.string().describe('The HR event type, e.g. `concord.hr.wage_payment.v1`'),
        description: z.string(),
        href: z.string().describe('Where the JSON Schema of the type is served'),
      }),
    ),
  })
  .describe('Every HR event type with the address of its JSON Schema')
  .register(OPENAPI_COMPONENTS, { id: 'JsonSchemaIndex' });

/** Only the document's frame: the schema of each type is the request body component named by the type. */
export const jsonSchemaDocumentSchema = z
  .looseObject({
    $schema: z.string().describe('The JSON Schema dialect: draft 2020-12'),
    title: z.string().describe('The HR event type'),
    description: z.string(),
  })
  .describe('The JSON Schema (draft 2020-12) of one HR event type, as a client sends it')
  .register(OPENAPI_COMPONENTS, { id: 'EventJsonSchema' });
