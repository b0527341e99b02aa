import { MEDIATOR_AFFILIATIONS, MEDIATOR_TIERS } from '@concord/assignment';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

const distinct = <T>(values: T[]): T[] => [...new Set(values)];
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .max(64)
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a lowercase slug such as pay or construction');

/**
 * One past or present job: with the enterprise (or a member of its group) within 2 years of a
 * case, the mediator may not hear it. The employer need not be in the directory (it may lie
 * outside the federation's area), so it is not looked up.
 */
const employmentSpell = z
  .object({
    enterpriseId: z.uuid(),
    /** the employer's group at the time, when it had one */
    groupId: z.uuid().nullable().default(null),
    from: z.iso.date(),
    /** the last day worked; null while still employed there */
    to: z.iso.date().nullable().default(null),
  })
  .refine((spell) => spell.to === null || spell.to >= spell.from, { path: ['to'], message: 'must not be before from' });

export const registerMediatorSchema = z.object({
  personId: z.uuid(),
  active: z.boolean().default(true),
  unavailable: z.boolean().default(false),
  /** Tiers the mediator is certified for. */
  tiers: z.array(z.enum(MEDIATOR_TIERS)).min(1).transform(distinct),
  /** Regions the mediator covers. */
  regionIds: z.array(z.uuid()).min(1).transform(distinct),
  /** BCP 47 tags, dialects included (e.g. zh-CN, en, wuu). */
  languages: z.array(z.string().trim().min(2).max(35)).min(1).transform(distinct),
  /** Case categories: pay, contracts, working_time, safety, … */
  expertise: z.array(slug).default([]).transform(distinct),
  industries: z.array(slug).default([]).transform(distinct),
  capacity: z.int().min(0).max(1000),
  /** Enterprises (or groups) the mediator must not mediate for. */
  conflictEnterpriseIds: z.array(z.uuid()).default([]).transform(distinct),
  /** union, employers, government or independent; balanced panels for collective cases are built from it. */
  affiliation: z.enum(MEDIATOR_AFFILIATIONS).nullable().default(null),
  employmentHistory: z.array(employmentSpell).max(50).default([]),
});

export class RegisterMediatorDto extends createZodDto(registerMediatorSchema) {}
