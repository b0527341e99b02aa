import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notAbove, workerCountField } from './hr-fields';

export const HEADCOUNT_CHANGE_REASONS = ['hiring', 'attrition', 'layoff', 'transfer', 'seasonal', 'correction', 'other'] as const;

export const headcountChangeV1 = defineEventContract(
  'concord.hr.headcount_change.v1',
  hrData({
    effectiveOn: isoDateField('The date the new headcount applies from'),
    headcountBefore: workerCountField('Workers employed before the change'),
    headcountAfter: workerCountField('Workers employed after the change'),
    reason: z.enum(HEADCOUNT_CHANGE_REASONS).describe('Main reason for the change'),
    dispatchedWorkers: workerCountField('Dispatched (agency) workers among headcountAfter').optional(),
    workersWithoutWrittenContract: workerCountField('Workers employed over one month without a written labor contract').optional(),
  })
    .refine(...notAbove('dispatchedWorkers', 'headcountAfter'))
    .refine(...notAbove('workersWithoutWrittenContract', 'headcountAfter')),
  'The number of workers changed; rates per worker use the latest headcount.',
);

export type HeadcountChangeV1 = EventOf<typeof headcountChangeV1>;
