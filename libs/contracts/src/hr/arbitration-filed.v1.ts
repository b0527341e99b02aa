import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { collectiveDispute, disputeClaimFields } from './dispute-fields';
import { hrData, isoDateField } from './hr-fields';

export const arbitrationFiledV1 = defineEventContract(
  'concord.hr.arbitration_filed.v1',
  hrData({
    filedOn: isoDateField('The date the arbitration application was filed'),
    ...disputeClaimFields(),
  }).refine(collectiveDispute.holds, collectiveDispute.problem),
  'Workers filed for labor arbitration against the enterprise.',
);

export type ArbitrationFiledV1 = EventOf<typeof arbitrationFiledV1>;
