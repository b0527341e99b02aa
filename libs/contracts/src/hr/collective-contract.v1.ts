import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notAbove, notBefore, workerCountField } from './hr-fields';

export const collectiveContractV1 = defineEventContract(
  'concord.hr.collective_contract.v1',
  hrData({
    signedOn: isoDateField('The date the collective contract was signed'),
    startsOn: isoDateField('The first day of its term'),
    endsOn: isoDateField('The last day of its term'),
    headcount: workerCountField('Workers employed when it was signed', 1),
    workersCovered: workerCountField('Workers it covers', 1),
  })
    .refine(...notAbove('workersCovered', 'headcount'))
    .refine(...notBefore('endsOn', 'startsOn')),
  'A collective contract and its term.',
);

export type CollectiveContractV1 = EventOf<typeof collectiveContractV1>;
