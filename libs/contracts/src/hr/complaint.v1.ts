import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, hrData, isoDateTimeField, notBefore, textField } from './hr-fields';

export const COMPLAINT_CHANNELS = ['internal', 'enterprise_union', 'hotline_12351', 'labor_inspection', 'petition', 'online', 'worker_portal'] as const;
export const COMPLAINT_CATEGORIES = [
  'pay',
  'contracts',
  'working_time',
  'safety',
  'union_rights',
  'discrimination',
  'forced_or_child_labor',
  'platform_rules',
] as const;
export const complaintCategory = z.enum(COMPLAINT_CATEGORIES);

/**
 * A worker complaint. Deliberately has no identity fields: a worker's identity never travels on
 * Kafka; at most a pseudonym the intake derived, so repeated complaints can be linked.
 */
export const complaintV1 = defineEventContract(
  'concord.hr.complaint.v1',
  hrData({
    channel: z.enum(COMPLAINT_CHANNELS).describe('Where the complaint was received'),
    category: complaintCategory.describe('What the complaint is about'),
    coSigners: countField('Other workers who signed the complaint besides the complainant'),
    anonymous: z.boolean().describe('Whether the complainant asked to stay anonymous'),
    text: textField('The complaint as written, with identifying details removed', 10_000),
    receivedAt: isoDateTimeField('When the complaint was received'),
    resolvedAt: isoDateTimeField('When the complaint was resolved').nullable().optional().describe('When the complaint was resolved (ISO date-time with offset); absent or null while open'),
    complainantPseudonym: z.string().min(1).max(200).optional().describe('A stable pseudonym of the complainant chosen by intake (never a name, phone or ID number)'),
  }).refine(...notBefore('resolvedAt', 'receivedAt')),
  'A worker complaint about the enterprise, without the worker identity.',
);

export type ComplaintV1 = EventOf<typeof complaintV1>;
