import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, hrData, notAbove, periodField, workerCountField } from './hr-fields';

export const HOUR_SYSTEMS = ['standard', 'comprehensive', 'flexible'] as const;

export const workingTimeV1 = defineEventContract(
  'concord.hr.working_time.v1',
  hrData({
    period: periodField('The month this summary covers'),
    headcount: workerCountField('Workers employed in the month', 1),
    hourSystem: z.enum(HOUR_SYSTEMS).describe('Working-hour system: standard, comprehensive (averaged) or flexible'),
    specialHourSystemApproved: z
      .boolean()
      .optional()
      .describe('For comprehensive or flexible systems: whether the labor authority approved it; required for those systems'),
    workersOver36hOvertime: workerCountField('Workers with more than 36 hours of overtime in the month'),
    maxOvertimeHoursPerWorker: z.number().min(0).max(744).describe('The most overtime any one worker did in the month (hours)'),
    daysOver3hOvertime: countField('Days in the month on which some worker did more than 3 hours of overtime (days)', 31),
    weeksWithoutRestDay: countField('Weeks in the month in which some worker had no rest day (weeks)', 6),
    overtimePayMultiple: z
      .number()
      .min(0)
      .max(10)
      .nullable()
      .describe('Overtime pay achieved as a multiple of normal hourly pay, e.g. 1.5 (ratio); null when no overtime was paid'),
  })
    .refine(...notAbove('workersOver36hOvertime', 'headcount'))
    .refine((d) => d.hourSystem === 'standard' || d.specialHourSystemApproved !== undefined, {
      path: ['specialHourSystemApproved'],
      message: 'is required when hourSystem is comprehensive or flexible',
    }),
  'Monthly working-time summary: hour system, overtime and rest days.',
);

export type WorkingTimeV1 = EventOf<typeof workingTimeV1>;
