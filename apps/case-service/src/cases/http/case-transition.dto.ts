import { FAILURE_REASONS } from '@concord/case-workflow';
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const note = z.string().trim().min(1).max(2000);

/**
 * The commands staff may apply through `POST /v1/cases/:id/transitions`, shaped as
 * @concord/case-workflow's CaseCommand. A recusal unseats through the assigner and the capacity
 * ledger (which then seats someone else); the other commands that seat or unseat mediators
 * (assign, reassign, decline) are not offered yet, so their `type` is a 400 on `type`.
 */
export const caseTransitionCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('triage'), workerCount: z.int().min(1), commonClaim: z.boolean() }),
  z.object({ type: z.literal('accept'), mediatorId: z.uuid() }),
  z.object({ type: z.literal('recuse'), mediatorId: z.uuid(), requestedBy: z.enum(['workers', 'employer', 'mediator']), reason: note.optional() }),
  z.object({ type: z.literal('start_mediation') }),
  z.object({ type: z.literal('extend'), workersConsent: z.boolean(), employerConsent: z.boolean(), days: z.int().min(1).max(365).optional() }),
  z.object({ type: z.literal('reach_agreement') }),
  z.object({ type: z.literal('monitor_performance'), performBy: instant }),
  z.object({ type: z.literal('confirm_performance') }),
  z.object({ type: z.literal('fail'), reason: z.enum(FAILURE_REASONS), note: note.optional() }),
  z.object({ type: z.literal('escalate') }),
  z.object({ type: z.literal('refer_to_arbitration') }),
  z.object({ type: z.literal('withdraw'), reason: note.optional() }),
  z.object({ type: z.literal('close'), reason: note.optional() }),
]);

export type CaseTransitionCommand = z.output<typeof caseTransitionCommand>;
