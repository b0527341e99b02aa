import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REGION_TIERS } from '../region-tier';

export const listRegionsQuerySchema = z.object({
  tier: z.enum(REGION_TIERS).optional(),
  parentId: z.uuid().optional(),
});

export class ListRegionsQueryDto extends createZodDto(listRegionsQuerySchema) {}
