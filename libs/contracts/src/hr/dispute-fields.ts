import { z } from 'zod';
import { complaintCategory } from './complaint.v1';
import { currencyField, minorAmountField, workerCountField } from './hr-fields';

/** What every dispute-pipeline event says about the claim (mediation, arbitration). */
export const disputeClaimFields = () => ({
  workers: workerCountField('Workers who are parties to the dispute', 1),
  collective: z.boolean().describe('Whether it is a collective dispute (10 or more workers with a common claim)'),
  claimCategory: complaintCategory.describe('What the claim is about'),
  amountClaimedMinor: minorAmountField('Amount the workers claim in total').optional(),
  currency: currencyField(),
});

/** A collective labor dispute has at least 10 workers with a common claim (LDMAL Art. 7). */
export const collectiveDispute = {
  holds: (d: { collective: boolean; workers: number }) => !d.collective || d.workers >= 10,
  problem: { path: ['collective'], message: 'a collective dispute needs at least 10 workers' },
};
