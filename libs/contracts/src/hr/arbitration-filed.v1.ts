import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { complaintCategory } from './complaint.v1';
import { currencyField, hrData, isoDateField, minorAmountField, workerCountField } from './hr-fields';

export const arbitrationFiledV1 = defineEventContract(
  'concord.hr.arbitration_filed.v1',
  hrData({
    filedOn: isoDateField('The date the arbitration application was filed'),
    workers: workerCountField('Workers who are parties to the dispute', 1),
    collective: z.boolean().describe('Whether it is a collective dispute (10 or more workers with a common claim)'),
    claimCategory: complaintCategory.describe('What the claim is about'),
    amountClaimedMinor: minorAmountField('Amount the workers claim in total').optional(),
    currency: currencyField(),
  }).refine((d) => !d.collective || d.workers >= 10, { path: ['collective'], message: 'a collective dispute needs at least 10 workers' }),
  'Workers filed for labor arbitration against the enterprise.',
);

export type ArbitrationFiledV1 = EventOf<typeof arbitrationFiledV1>;
