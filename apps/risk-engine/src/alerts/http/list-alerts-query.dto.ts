import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const listAlertsQuery = z.object({
  enterpriseId: z.uuid().optional(),
  status: z.enum(['open', 'resolved']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type ListAlertsQuery = z.infer<typeof listAlertsQuery>;

export class ListAlertsQueryDto extends createZodDto(listAlertsQuery) {}
