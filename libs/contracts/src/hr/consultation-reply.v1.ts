import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { eventIdField, hrData, isoDateField } from './hr-fields';

export const consultationReplyV1 = defineEventContract(
  'concord.hr.consultation_reply.v1',
  hrData({
    requestEventId: eventIdField('The consultation request this replies to'),
    repliedOn: isoDateField('The date the written reply was delivered'),
    outcome: z.enum(['accepted', 'partly_accepted', 'declined']).describe('Whether the replying side agreed to consult'),
  }),
  'The written reply to a collective-consultation request.',
);

export type ConsultationReplyV1 = EventOf<typeof consultationReplyV1>;
