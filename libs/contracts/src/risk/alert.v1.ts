import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';

export const riskLevel = z.enum(['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED']);
export type RiskLevel = z.infer<typeof riskLevel>;

export const firedRule = z.object({
  ruleId: z.string(),
  /** Added in place (optional, so older messages stay valid): the rule's title and score category. */
  title: z.string().optional(),
  category: z.string().optional(),
  /** True when the rule set the level directly (a "trigger"), not through points or a floor. */
  trigger: z.boolean().optional(),
  ruleSetId: z.string(),
  ruleSetVersion: z.int(),
  points: z.number(),
  floor: riskLevel.nullable(),
  values: z.record(z.string(), z.union([z.number(), z.string()])),
  thresholds: z.record(z.string(), z.number()),
  evidenceEventIds: z.array(z.string()),
  legalBasis: z.string(),
  summary: z.string(),
});
export type FiredRuleV1 = z.infer<typeof firedRule>;

/**
 * The state of one alert. The same alert id is re-published with a higher `revision` when it is
 * updated (level rose, new evidence) and with status `resolved` when it clears.
 */
export const riskAlertV1 = defineEventContract(
  'concord.risk.alert.v1',
  z.object({
    alertId: z.uuid(),
    enterpriseId: z.uuid(),
    status: z.enum(['open', 'updated', 'resolved']),
    revision: z.int().min(1),
    level: riskLevel,
    previousLevel: riskLevel,
    score: z.number(),
    fired: z.array(firedRule),
    evidenceEventIds: z.array(z.string()),
    scoredAt: z.iso.datetime({ offset: true }),
  }),
  'An enterprise entered or rose a risk level (open/updated), or its risk cleared (resolved).',
);
export type RiskAlertV1 = EventOf<typeof riskAlertV1>;
