import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const listAuditQuerySchema = z.object({
  /** Only entries at or after this instant. */
  since: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
  personId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** `nextCursor` of the previous page: entries older than it. */
  cursor: z.string().regex(/^\d{1,19}$/, 'must be the nextCursor of a previous page').optional(),
});

export class ListAuditQueryDto extends createZodDto(listAuditQuerySchema) {}
