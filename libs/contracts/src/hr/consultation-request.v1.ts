import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField } from './hr-fields';

export const CONSULTATION_TOPICS = ['wages', 'working_time', 'rest_and_leave', 'safety', 'insurance_and_welfare', 'training', 'layoffs', 'other'] as const;

export const consultationRequestV1 = defineEventContract(
  'concord.hr.consultation_request.v1',
  hrData({
    requestedOn: isoDateField('The date the written request for collective consultation was delivered'),
    requestedBy: z.enum(['union', 'employer']).describe('Which side asked to consult'),
    topics: z.array(z.enum(CONSULTATION_TOPICS)).min(1).max(8).describe('What the request proposes to consult on (at least one)'),
  }),
  'A written request for collective consultation; the other side must reply within 20 days.',
);

export type ConsultationRequestV1 = EventOf<typeof consultationRequestV1>;
