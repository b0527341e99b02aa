import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, currencyField, hrData, minorAmountField, notAbove, periodField, workerCountField } from './hr-fields';

export const socialInsuranceV1 = defineEventContract(
  'concord.hr.social_insurance.v1',
  hrData({
    period: periodField('The contribution month this report covers'),
    employedHeadcount: workerCountField('Workers employed in the month', 1),
    insuredHeadcount: workerCountField('Workers for whom social insurance was paid in the month'),
    amountDueMinor: minorAmountField('Contributions due for the month (employer and employee parts)'),
    amountPaidMinor: minorAmountField('Contributions paid for the month'),
    currency: currencyField(),
    monthsInArrears: countField('Consecutive months, including this one, with contributions not paid in full', 600),
  }).refine(...notAbove('insuredHeadcount', 'employedHeadcount')),
  'Monthly social insurance report: who is insured and whether contributions are paid.',
);

export type SocialInsuranceV1 = EventOf<typeof socialInsuranceV1>;
