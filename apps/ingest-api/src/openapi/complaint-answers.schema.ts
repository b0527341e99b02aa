import { z } from 'zod';
import type { ComplaintStatus } from '../complaints/complaint.store';
import { TRACKING_CODE_LENGTH } from '../complaints/security/tracking-code';
import { OPENAPI_COMPONENTS } from './openapi-components';

const complaintStatusSchema = z.enum(['received']).describe('Where the complaint stands') satisfies z.ZodType<ComplaintStatus>;

export const complaintReceiptSchema = z
  .object({
    trackingCode: z.string().length(TRACKING_CODE_LENGTH).describe('The only way to ask for the status later: keep it, it is not shown again'),
    status: z.literal('received'),
    receivedAt: z.iso.datetime(),
  })
  .describe('The complaint was taken')
  .register(OPENAPI_COMPONENTS, { id: 'ComplaintReceipt' });

export const complaintStatusAnswerSchema = z
  .object({ status: complaintStatusSchema, receivedAt: z.iso.datetime(), updatedAt: z.iso.datetime() })
  .describe('The status of one complaint, and nothing else about it')
  .register(OPENAPI_COMPONENTS, { id: 'ComplaintStatusAnswer' });
