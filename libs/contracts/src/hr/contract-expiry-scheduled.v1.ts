import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notAbove, workerCountField } from './hr-fields';

export const contractExpiryScheduledV1 = defineEventContract(
  'concord.hr.contract_expiry_scheduled.v1',
  hrData({
    expiresOn: isoDateField('The date the contracts expire'),
    workers: workerCountField('Workers whose contract expires on that date', 1),
    headcount: workerCountField('Workers employed by the enterprise now', 1),
  }).refine(...notAbove('workers', 'headcount')),
  'Labor contracts of a number of workers are due to expire on a date (a forecast).',
);

export type ContractExpiryScheduledV1 = EventOf<typeof contractExpiryScheduledV1>;
