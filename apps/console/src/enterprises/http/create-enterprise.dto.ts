import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const createEnterpriseSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    /** The unified social credit code (统一社会信用代码) or another registry number; unique. */
    registeredCode: z.string().trim().min(1).max(64),
    /** A community-tier region. */
    regionId: z.uuid(),
    industry: z
      .string()
      .trim()
      .toLowerCase()
      .max(64)
      .regex(/^[a-z][a-z0-9_]*$/, 'must be a lowercase slug such as construction or platform_delivery'),
    headcount: z.int().positive(),
    groupId: z.uuid().nullable().default(null),
    liaisonPersonId: z.uuid(),
    jurisdiction: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code')
      .default('CN'),
    /** The consultation committee of three: management, union and employee representatives. */
    committee: z.object({
      managementPersonId: z.uuid(),
      unionPersonId: z.uuid(),
      employeePersonId: z.uuid(),
    }),
    grassrootsUnionChairPersonId: z.uuid().nullable().default(null),
  })
  .superRefine(({ committee }, ctx) => {
    if (committee.unionPersonId === committee.managementPersonId) {
      ctx.addIssue({ code: 'custom', path: ['committee', 'unionPersonId'], message: 'the union representative cannot also represent management' });
    }
    if (committee.employeePersonId === committee.managementPersonId) {
      ctx.addIssue({ code: 'custom', path: ['committee', 'employeePersonId'], message: 'the employee representative cannot also represent management' });
    }
    if (committee.employeePersonId === committee.unionPersonId) {
      ctx.addIssue({ code: 'custom', path: ['committee', 'employeePersonId'], message: 'the committee has three different members' });
    }
  });

export class CreateEnterpriseDto extends createZodDto(createEnterpriseSchema) {}
