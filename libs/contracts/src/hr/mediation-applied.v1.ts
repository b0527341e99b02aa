import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { collectiveDispute, disputeClaimFields } from './dispute-fields';
import { hrData, isoDateField } from './hr-fields';

export const mediationAppliedV1 = defineEventContract(
  'concord.hr.mediation_applied.v1',
  hrData({
    appliedOn: isoDateField('The date the workers applied for mediation'),
    mediationBody: z
      .enum(['enterprise_committee', 'grassroots', 'regional_centre', 'industry', 'court_attached'])
      .describe('Which mediation organisation handles it'),
    ...disputeClaimFields(),
  }).refine(collectiveDispute.holds, collectiveDispute.problem),
  'Workers applied for mediation of a labor dispute with the enterprise.',
);

export type MediationAppliedV1 = EventOf<typeof mediationAppliedV1>;
