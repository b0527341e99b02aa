import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { currencyField, hrData, isoDateField, minorAmountField, notBefore, workerCountField } from './hr-fields';

export const agreementDueV1 = defineEventContract(
  'concord.hr.agreement_due.v1',
  hrData({
    agreementKind: z.enum(['mediation_agreement', 'arbitration_award', 'settlement', 'court_judgment']).describe('What obliges the enterprise'),
    reachedOn: isoDateField('The date the agreement was reached or the award made'),
    dueOn: isoDateField('The date by which the enterprise must perform it'),
    workers: workerCountField('Workers it benefits', 1),
    amountDueMinor: minorAmountField('Amount the enterprise must pay under it in total'),
    currency: currencyField(),
  }).refine(...notBefore('dueOn', 'reachedOn')),
  'A mediation agreement, award or settlement the enterprise must perform by a date.',
);

export type AgreementDueV1 = EventOf<typeof agreementDueV1>;
