import { COMPLAINT_CHANNELS, complaintCategory } from '@concord/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const MAX_COMPLAINT_TEXT = 5_000;

const contactSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    phone: z.string().trim().regex(/^\+?[\d\s()-]{5,30}$/, 'must be a phone number').optional(),
    email: z.email().max(254).optional(),
  })
  .strict()
  .refine((c) => Boolean(c.name ?? c.phone ?? c.email), { message: 'give at least one of name, phone or email' })
  .describe('How the union may reach the worker; only for a non-anonymous complaint, and never shown to the enterprise');

export const submitComplaintSchema = z
  .object({
    enterpriseCode: z.string().trim().min(1).max(64).describe("The enterprise's registered code (unified social credit code)"),
    category: complaintCategory,
    channel: z.enum(COMPLAINT_CHANNELS).default('online'),
    text: z.string().trim().min(1).max(MAX_COMPLAINT_TEXT),
    anonymous: z.boolean(),
    contact: contactSchema.optional(),
    coSigners: z.int().min(0).max(1_000_000).default(0).describe('Other workers who sign the complaint'),
  })
  .strict()
  .superRefine((body, ctx) => {
    if (body.anonymous && body.contact) ctx.addIssue({ code: 'custom', path: ['contact'], message: 'must be absent for an anonymous complaint' });
    if (!body.anonymous && !body.contact) ctx.addIssue({ code: 'custom', path: ['contact'], message: 'is required unless the complaint is anonymous' });
  })
  // JSON Schema cannot say it, so the description does: the rule of the refinement above.
  .describe("A worker's complaint. `contact` is required unless `anonymous` is true, and must be absent when it is");

export type SubmitComplaint = z.infer<typeof submitComplaintSchema>;

export class SubmitComplaintDto extends createZodDto(submitComplaintSchema) {}
