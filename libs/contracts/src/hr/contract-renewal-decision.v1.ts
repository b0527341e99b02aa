import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, workerCountField } from './hr-fields';

export const contractRenewalDecisionV1 = defineEventContract(
  'concord.hr.contract_renewal_decision.v1',
  hrData({
    expiresOn: isoDateField('The expiry date of the contracts decided on'),
    decidedOn: isoDateField('The date the enterprise decided'),
    workers: workerCountField('Workers whose expiring contracts the decision covers', 1),
    renewed: workerCountField('Of those, workers whose contract is renewed'),
    notRenewed: workerCountField('Of those, workers whose contract is not renewed'),
  })
    .refine((d) => d.renewed + d.notRenewed <= d.workers, { path: ['notRenewed'], message: 'renewed + notRenewed cannot exceed workers' }),
  'The enterprise decided whether to renew expiring labor contracts.',
);

export type ContractRenewalDecisionV1 = EventOf<typeof contractRenewalDecisionV1>;
