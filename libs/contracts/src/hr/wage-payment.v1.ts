import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { currencyField, hrData, isoDateField, minorAmountField, notAbove, periodField, workerCountField } from './hr-fields';

/** One wage payment run (one pay period). Amounts are in minor currency units (fen). */
export const wagePaymentV1 = defineEventContract(
  'concord.hr.wage_payment.v1',
  hrData({
    period: periodField('The pay period this run pays'),
    scheduledPayDate: isoDateField('The date the wages were due under the contract or pay rules'),
    actualPayDate: isoDateField('The date the wages were actually paid').nullable().describe('The date the wages were actually paid (ISO date YYYY-MM-DD); null while still unpaid'),
    headcount: workerCountField('Workers employed by the enterprise at the end of the period', 1),
    workersDue: workerCountField('Workers owed wages for this period'),
    workersPaid: workerCountField('Workers paid in full for this period'),
    amountDueMinor: minorAmountField('Total wages due for the period'),
    amountPaidMinor: minorAmountField('Total wages paid for the period so far'),
    currency: currencyField(),
    workersBelowMinimumWage: workerCountField('Workers whose pay for the period was below the local minimum wage').optional(),
    deferral: z
      .object({
        approvedByUnion: z.boolean().describe('Whether the enterprise union approved deferring the pay date'),
        payBy: isoDateField('The deferred date by which the wages must be paid'),
      })
      .strict()
      .optional()
      .describe('A deferral of the pay date agreed with the union, if any'),
    constructionProject: z
      .object({
        dedicatedAccount: z.boolean().describe('Whether the project pays wages through a dedicated migrant-worker wage account'),
        monthlyLaborCostTransferred: z.boolean().describe("Whether this month's labor cost was transferred into that account"),
      })
      .strict()
      .optional()
      .describe('Construction projects only: the wage-guarantee arrangements of the project'),
  })
    .refine((d) => d.workersPaid <= d.workersDue, { path: ['workersPaid'], message: 'cannot exceed workersDue' })
    .refine((d) => d.workersDue <= d.headcount, { path: ['workersDue'], message: 'cannot exceed headcount' })
    .refine(...notAbove('workersBelowMinimumWage', 'headcount'))
    .refine((d) => !d.deferral || d.deferral.payBy >= d.scheduledPayDate, { path: ['deferral', 'payBy'], message: 'cannot be before scheduledPayDate' }),
  'A wage payment run for one pay period: who was due, who was paid, and when.',
);

export type WagePaymentV1 = EventOf<typeof wagePaymentV1>;
