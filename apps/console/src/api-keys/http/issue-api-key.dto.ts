import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const issueApiKeySchema = z.object({
  /** What the key is for, e.g. "HR system (production)". */
  label: z.string().trim().max(100).default(''),
});

export class IssueApiKeyDto extends createZodDto(issueApiKeySchema) {}
