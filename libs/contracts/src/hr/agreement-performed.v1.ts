import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { currencyField, eventIdField, hrData, isoDateField, minorAmountField } from './hr-fields';

export const agreementPerformedV1 = defineEventContract(
  'concord.hr.agreement_performed.v1',
  hrData({
    agreementEventId: eventIdField('The agreement-due event this reports on'),
    performedOn: isoDateField('The date of the (last) performance'),
    performance: z.enum(['full', 'partial', 'none']).describe('How far the enterprise performed the agreement'),
    amountPaidMinor: minorAmountField('Amount paid under the agreement so far'),
    currency: currencyField(),
  }).refine((d) => d.performance !== 'none' || d.amountPaidMinor === 0, { path: ['amountPaidMinor'], message: "must be 0 when performance is 'none'" }),
  'How the enterprise performed a mediation agreement, award or settlement.',
);

export type AgreementPerformedV1 = EventOf<typeof agreementPerformedV1>;
