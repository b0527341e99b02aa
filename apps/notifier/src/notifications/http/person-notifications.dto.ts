import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class PersonParams extends createZodDto(z.object({ personId: z.uuid() })) {}

export class NotificationsQuery extends createZodDto(
  z.object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
) {}
