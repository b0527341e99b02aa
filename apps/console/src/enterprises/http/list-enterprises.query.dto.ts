import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const listEnterprisesQuerySchema = z.object({
  /** Only enterprises in this region's subtree. */
  regionId: z.uuid().optional(),
});

export class ListEnterprisesQueryDto extends createZodDto(listEnterprisesQuerySchema) {}
