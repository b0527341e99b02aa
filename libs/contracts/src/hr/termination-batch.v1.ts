import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { currencyField, eventIdField, hrData, isoDateField, minorAmountField, notAbove, workerCountField } from './hr-fields';
import { layoffGround } from './layoff-plan.v1';

export const terminationBatchV1 = defineEventContract(
  'concord.hr.termination_batch.v1',
  hrData({
    layoffPlanEventId: eventIdField('The layoff plan these terminations carry out').optional(),
    terminatedOn: isoDateField('The date the terminations took effect'),
    headcountBefore: workerCountField('Workers employed before these terminations', 1),
    workers: workerCountField('Workers whose employment ended in this batch', 1),
    legalGround: layoffGround.describe('The legal ground the enterprise relies on'),
    protectedWorkersIncluded: workerCountField('Workers with dismissal protection among them'),
    compensationDueMinor: minorAmountField('Severance compensation due to these workers in total'),
    compensationPaidMinor: minorAmountField('Severance compensation paid to them so far'),
    currency: currencyField(),
  })
    .refine(...notAbove('workers', 'headcountBefore'))
    .refine(...notAbove('protectedWorkersIncluded', 'workers')),
  'A batch of workers whose employment was terminated on one date.',
);

export type TerminationBatchV1 = EventOf<typeof terminationBatchV1>;
