import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REGION_TIERS } from '../region-tier';

export const createRegionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    tier: z.enum(REGION_TIERS),
    parentId: z.uuid().nullable().default(null),
  })
  .superRefine((region, ctx) => {
    if (region.tier === 'county' && region.parentId !== null) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a county is a root region and has no parent' });
    }
    if (region.tier !== 'county' && region.parentId === null) {
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: `a ${region.tier} region needs a parent` });
    }
  });

export class CreateRegionDto extends createZodDto(createRegionSchema) {}
