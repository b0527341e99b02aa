import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';

const isoDate = z.iso.date();

/** One wage payment run (one pay period). Amounts are in minor currency units (fen). */
export const wagePaymentV1 = defineEventContract(
  'concord.hr.wage_payment.v1',
  z
    .object({
      period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a pay period YYYY-MM'),
      scheduledPayDate: isoDate,
      actualPayDate: isoDate.nullable(),
      headcount: z.int().min(1).max(1_000_000),
      workersDue: z.int().min(0).max(1_000_000),
      workersPaid: z.int().min(0).max(1_000_000),
      amountDueMinor: z.int().min(0),
      amountPaidMinor: z.int().min(0),
      currency: z.string().regex(/^[A-Z]{3}$/).default('CNY'),
      supersedes: z.string().min(1).max(200).optional(),
    })
    .strict()
    .refine((d) => d.workersPaid <= d.workersDue, { path: ['workersPaid'], message: 'cannot exceed workersDue' })
    .refine((d) => d.workersDue <= d.headcount, { path: ['workersDue'], message: 'cannot exceed headcount' }),
  'A wage payment run for one pay period: who was due, who was paid, and when.',
);

export type WagePaymentV1 = EventOf<typeof wagePaymentV1>;
