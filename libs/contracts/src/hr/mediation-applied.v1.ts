import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { complaintCategory } from './complaint.v1';
import { currencyField, hrData, isoDateField, minorAmountField, workerCountField } from './hr-fields';

export const mediationAppliedV1 = defineEventContract(
  'concord.hr.mediation_applied.v1',
  hrData({
    appliedOn: isoDateField('The date the workers applied for mediation'),
    mediationBody: z
      .enum(['enterprise_committee', 'grassroots', 'regional_centre', 'industry', 'court_attached'])
      .describe('Which mediation organisation handles it'),
    workers: workerCountField('Workers who are parties to the dispute', 1),
    collective: z.boolean().describe('Whether it is a collective dispute (10 or more workers with a common claim)'),
    claimCategory: complaintCategory.describe('What the claim is about'),
    amountClaimedMinor: minorAmountField('Amount the workers claim in total').optional(),
    currency: currencyField(),
  }).refine((d) => !d.collective || d.workers >= 10, { path: ['collective'], message: 'a collective dispute needs at least 10 workers' }),
  'Workers applied for mediation of a labor dispute with the enterprise.',
);

export type MediationAppliedV1 = EventOf<typeof mediationAppliedV1>;
