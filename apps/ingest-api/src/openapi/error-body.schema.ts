import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldProblem } from '@concord/platform';
import { z } from 'zod';
import { OPENAPI_COMPONENTS } from './openapi-components';

export const fieldProblemSchema = z
  .object({
    path: z.string().describe('The field at fault, e.g. `data.deferral.payBy`, or `(root)`'),
    message: z.string(),
  })
  .describe('One field that does not match its contract')
  .register(OPENAPI_COMPONENTS, { id: 'FieldProblem' }) satisfies z.ZodType<FieldProblem>;

/** The body of every error answer, as @concord/platform's HttpErrorFilter writes it (`ErrorBody`). */
export const errorBodySchema = z
  .object({
    error: z.enum(Object.keys(ERROR_STATUS) as ErrorCode[]).describe('Stable code of the error; the HTTP status follows from it'),
    message: z.string().describe('For people: what went wrong and what to do about it'),
    problems: z.array(fieldProblemSchema).optional().describe('Every field at fault, when the request does not match its contract'),
    errorId: z.string().optional().describe('Of an unexpected failure: quote it when reporting the failure'),
  })
  .describe('An error answer')
  .register(OPENAPI_COMPONENTS, { id: 'ErrorBody' }) satisfies z.ZodType<ErrorBody>;
