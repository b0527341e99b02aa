import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CasesQuery extends createZodDto(
  z.object({
    enterpriseId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
) {}

export class CaseParams extends createZodDto(z.object({ id: z.uuid() })) {}
