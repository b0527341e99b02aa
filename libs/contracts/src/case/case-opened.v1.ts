import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { riskLevel } from '../risk/alert.v1';

export const caseOpenedV1 = defineEventContract(
  'concord.case.opened.v1',
  z.object({
    caseId: z.uuid(),
    enterpriseId: z.uuid(),
    alertId: z.uuid().nullable(),
    level: riskLevel,
    collective: z.boolean(),
    openedAt: z.iso.datetime({ offset: true }),
  }),
  'A mediation case was opened for an enterprise (automatically from an alert, or by staff).',
);
export type CaseOpenedV1 = EventOf<typeof caseOpenedV1>;
