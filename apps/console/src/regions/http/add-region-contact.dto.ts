import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { REGION_CONTACT_ROLES } from '../region-contact-role';

export const addRegionContactSchema = z.object({
  regionId: z.uuid(),
  personId: z.uuid(),
  role: z.enum(REGION_CONTACT_ROLES),
});

export class AddRegionContactDto extends createZodDto(addRegionContactSchema) {}
