import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, currencyField, hrData, minorAmountField, notAbove, periodField, workerCountField } from './hr-fields';

export const platformWorkSummaryV1 = defineEventContract(
  'concord.hr.platform_work_summary.v1',
  hrData({
    period: periodField('The month this summary covers'),
    city: z.string().trim().min(1).max(100).describe('City of the cohort (name)'),
    station: z.string().trim().min(1).max(200).optional().describe('Station or service area of the cohort (name); absent for a whole-city cohort'),
    workers: workerCountField('Riders or drivers active in the cohort in the month', 1),
    workersOver4hContinuous: workerCountField('Workers who worked more than 4 hours continuously without a 20-minute rest'),
    averageDailyHours: z.number().min(0).max(24).describe('Average online working time per active day (hours)'),
    p10NetHourlyIncomeMinor: minorAmountField('Net hourly income at the 10th percentile of the cohort, after costs (per hour)'),
    localHourlyMinimumMinor: minorAmountField('The local hourly minimum wage (per hour)'),
    currency: currencyField(),
    penalties: countField('Penalties (fines, deductions) imposed in the month'),
    deactivations: workerCountField('Workers deactivated (accounts blocked) in the month'),
    workersWithInjuryCover: workerCountField('Workers covered by occupational injury insurance'),
  })
    .refine(...notAbove('workersOver4hContinuous', 'workers'))
    .refine(...notAbove('deactivations', 'workers'))
    .refine(...notAbove('workersWithInjuryCover', 'workers')),
  'Monthly summary of a platform work cohort (riders, drivers) in one city or station.',
);

export type PlatformWorkSummaryV1 = EventOf<typeof platformWorkSummaryV1>;
