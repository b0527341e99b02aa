import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';

export const mediatorAssignedV1 = defineEventContract(
  'concord.case.mediator_assigned.v1',
  z.object({
    caseId: z.uuid(),
    enterpriseId: z.uuid(),
    mediatorIds: z.array(z.uuid()).min(1),
    reason: z.string(),
    assignedAt: z.iso.datetime({ offset: true }),
  }),
  'One mediator, or a panel of three for a collective case, was assigned to a case.',
);
export type MediatorAssignedV1 = EventOf<typeof mediatorAssignedV1>;
