import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const accountStatusSchema = z.object({
  /** true ends the account's sessions on every service within seconds and refuses its logins. */
  disabled: z.boolean(),
});

export class AccountStatusDto extends createZodDto(accountStatusSchema) {}
