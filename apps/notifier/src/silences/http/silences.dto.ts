import { THREAD_CATEGORIES } from '@concord/routing';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateSilenceBody extends createZodDto(
  z.object({
    enterpriseId: z.uuid().nullable().default(null),
    regionId: z.uuid().nullable().default(null),
    category: z.enum(THREAD_CATEGORIES).nullable().default(null),
    maxLevel: z.enum(['BLUE', 'YELLOW', 'ORANGE', 'RED']).nullable().default(null),
    startsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)).optional(),
    endsAt: z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    reason: z.string().trim().min(1).max(500),
  }),
) {}

export class SilenceParams extends createZodDto(z.object({ silenceId: z.uuid() })) {}
