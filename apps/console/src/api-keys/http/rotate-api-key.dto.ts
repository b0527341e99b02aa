import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const rotateApiKeySchema = z.object({
  /** How long the old key keeps working, in hours (0 = revoke it now; at most a week). */
  graceHours: z.int().min(0).max(168).default(24),
});

export class RotateApiKeyDto extends createZodDto(rotateApiKeySchema) {}
