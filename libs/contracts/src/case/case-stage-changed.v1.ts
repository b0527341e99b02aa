import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';

/** The stages of libs/case-workflow's CASE_STAGES, frozen here: a contract does not move with a lib. */
export const caseStage = z.enum([
  'intake',
  'triage',
  'assigned',
  'accepted',
  'in_mediation',
  'agreement',
  'performance_monitoring',
  'closed',
  'failed',
  'escalated',
  'arbitration',
]);

export const caseStageChangedV1 = defineEventContract(
  'concord.case.stage_changed.v1',
  z.object({
    caseId: z.uuid(),
    enterpriseId: z.uuid(),
    from: caseStage,
    to: caseStage,
    command: z.string().min(1).describe('The case-workflow command that moved it (accept, reach_agreement, escalate, …)'),
    tier: z.enum(['enterprise', 'street', 'county']).describe('The mediation tier the case is at after the change'),
    mediatorIds: z.array(z.uuid()).describe('Mediators seated after the change'),
    note: z.string().describe('What happened, in words'),
    changedAt: z.iso.datetime({ offset: true }),
  }),
  'A command moved a mediation case after its opening (accepted, in mediation, agreement, performance checked, closed, failed, escalated, arbitration, reassigned); the opening and each seating are concord.case.opened.v1 and concord.case.mediator_assigned.v1.',
);
export type CaseStageChangedV1 = EventOf<typeof caseStageChangedV1>;
