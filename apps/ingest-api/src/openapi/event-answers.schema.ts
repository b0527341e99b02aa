import { z } from 'zod';
import { fieldProblemSchema } from './error-body.schema';
import { OPENAPI_COMPONENTS } from './openapi-components';

export const eventStatusSchema = z
  .enum(['accepted', 'duplicate', 'rejected', 'conflict'])
  .describe('accepted: new, on Kafka; duplicate: this id was accepted before with the same body; rejected: refused, see `problems`; conflict: this id was accepted before with another body')
  .register(OPENAPI_COMPONENTS, { id: 'EventStatus' });

const count = z.int().min(0);

/** How many events (or rows) ended in each status; shared by the batch answer and the CSV report. */
export const OUTCOME_COUNTS = { accepted: count, duplicates: count, rejected: count, conflicts: count };

export const eventResultSchema = z
  .object({
    index: z.int().min(0).describe('Position of the event in the batch, from 0'),
    id: z.string().nullable().describe("The event's id when the body had a string id; null otherwise"),
    status: eventStatusSchema,
    acceptedAt: z.iso.datetime().optional().describe('When Kafka first acknowledged this id (accepted and duplicate)'),
    error: z
      .enum(['validation_failed', 'forbidden', 'conflict'])
      .optional()
      .describe('Why a rejected or conflicting event was refused: the error code a single post would answer with'),
    message: z.string().optional(),
    problems: z.array(fieldProblemSchema).optional(),
  })
  .describe('The outcome of one event of a batch')
  .register(OPENAPI_COMPONENTS, { id: 'EventResult' });

export const batchOutcomeSchema = z
  .object({ results: z.array(eventResultSchema).describe('One per event, in the order sent'), ...OUTCOME_COUNTS })
  .describe('The outcome of every event of a batch; valid events are accepted even when others are refused')
  .register(OPENAPI_COMPONENTS, { id: 'BatchOutcome' });

export const singleEventAnswerSchema = eventResultSchema
  .pick({ id: true, status: true, acceptedAt: true })
  .describe('The acceptance of one event: `accepted` (202) or `duplicate` (200) with the original acceptance time')
  .register(OPENAPI_COMPONENTS, { id: 'SingleEventAnswer' });
