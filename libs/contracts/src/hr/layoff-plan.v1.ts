import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { currencyField, hrData, isoDateField, minorAmountField, notAbove, notBefore, workerCountField } from './hr-fields';

/** Legal grounds for dismissing several workers at once (China: Labor Contract Law 40–41, Enterprise Bankruptcy Law). */
export const LAYOFF_GROUNDS = [
  'bankruptcy_restructuring',
  'serious_operating_difficulty',
  'business_change_or_technology',
  'objective_circumstances_changed',
  'other',
] as const;
export const layoffGround = z.enum(LAYOFF_GROUNDS);

export const layoffPlanV1 = defineEventContract(
  'concord.hr.layoff_plan.v1',
  hrData({
    headcountBefore: workerCountField('Workers employed before the layoff', 1),
    workersAffected: workerCountField('Workers the plan dismisses', 1),
    legalGround: layoffGround.describe('The legal ground the enterprise relies on'),
    announcedOn: isoDateField('The date the plan was announced to the union or all workers'),
    effectiveOn: isoDateField('The date the first dismissals take effect'),
    thirtyDayProcedure: z.boolean().describe('Whether the situation was explained to the union or all workers at least 30 days ahead and their opinion heard'),
    unionNotified: z.boolean().describe('Whether the union was notified'),
    laborAuthorityNotified: z.boolean().describe('Whether the plan was reported to the labor administration'),
    protectedWorkersIncluded: workerCountField('Workers with dismissal protection (e.g. pregnancy, occupational disease, long service) in the plan'),
    compensationPlannedMinor: minorAmountField('Severance compensation planned in total'),
    currency: currencyField(),
  })
    .refine(...notAbove('workersAffected', 'headcountBefore'))
    .refine(...notAbove('protectedWorkersIncluded', 'workersAffected'))
    .refine(...notBefore('effectiveOn', 'announcedOn')),
  'A plan to dismiss a number of workers (economic layoff or similar).',
);

export type LayoffPlanV1 = EventOf<typeof layoffPlanV1>;
