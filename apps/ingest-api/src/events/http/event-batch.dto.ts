import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const MAX_BATCH_EVENTS = 1_000;

/**
 * A batch is an object `{ events: [...] }` rather than a bare array, so the request can grow
 * fields later without breaking clients. Each event is judged by its own contract in the use
 * case (the contract depends on its `type`), so one bad event does not refuse the batch.
 */
export const eventBatchSchema = z.object({ events: z.array(z.unknown()).min(1).max(MAX_BATCH_EVENTS) }).strict();

export class EventBatchDto extends createZodDto(eventBatchSchema) {}
