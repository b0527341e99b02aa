import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notAbove, notBefore, workerCountField } from './hr-fields';

export const BUSINESS_STATUSES = [
  'suspension',
  'resumption',
  'relocation',
  'merger',
  'restructuring',
  'closure',
  'bankruptcy',
  'owner_unreachable',
  'asset_removal',
  'court_enforcement',
  'tax_arrears',
  'utility_drop',
] as const;

export const businessStatusChangeV1 = defineEventContract(
  'concord.hr.business_status_change.v1',
  hrData({
    status: z.enum(BUSINESS_STATUSES).describe('What changed in the business'),
    effectiveOn: isoDateField('The date the change took or takes effect'),
    expectedEndOn: isoDateField('The date a temporary change (e.g. a suspension) is expected to end')
      .nullable()
      .optional()
      .describe('The date a temporary change (e.g. a suspension) is expected to end (ISO date YYYY-MM-DD); absent or null when open-ended'),
    headcount: workerCountField('Workers employed when the change happened', 1),
    workersAffected: workerCountField('Workers affected by the change'),
  })
    .refine(...notAbove('workersAffected', 'headcount'))
    .refine(...notBefore('expectedEndOn', 'effectiveOn')),
  'A change in the business that puts jobs or pay at risk (suspension, relocation, closure, owner unreachable …).',
);

export type BusinessStatusChangeV1 = EventOf<typeof businessStatusChangeV1>;
