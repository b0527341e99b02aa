import { STAFF_ROLES } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PERSON_LANGUAGES } from '../person-language';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email());

const staffAccountSchema = z.object({
  roles: z
    .array(z.enum(STAFF_ROLES))
    .min(1)
    .transform((roles) => [...new Set(roles)]),
  password: z.string().min(12).max(1024),
  regionId: z.uuid().nullable().default(null),
  enterpriseId: z.uuid().nullable().default(null),
});

export const createPersonSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: emailSchema.nullable().default(null),
    phone: z.string().trim().min(3).max(40).nullable().default(null),
    language: z.enum(PERSON_LANGUAGES).default('zh-CN'),
    /** Also lets the person log in to the console, with these roles and this password. */
    account: staffAccountSchema.optional(),
  })
  .superRefine((person, ctx) => {
    if (person.account && person.email === null) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'a person with a staff account needs an email to log in with' });
    }
    if (person.account?.roles.includes('committee_member') && person.account.enterpriseId === null) {
      ctx.addIssue({ code: 'custom', path: ['account', 'enterpriseId'], message: 'a committee member is scoped to their enterprise' });
    }
  });

export class CreatePersonDto extends createZodDto(createPersonSchema) {}
