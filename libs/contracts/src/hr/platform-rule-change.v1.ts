import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notBefore, textField, workerCountField } from './hr-fields';

export const PLATFORM_RULE_AREAS = ['pay', 'penalty', 'dispatch', 'rating', 'working_time', 'deactivation'] as const;

export const platformRuleChangeV1 = defineEventContract(
  'concord.hr.platform_rule_change.v1',
  hrData({
    ruleArea: z.enum(PLATFORM_RULE_AREAS).describe('Which rules changed'),
    announcedOn: isoDateField('The date the change was announced to workers'),
    effectiveOn: isoDateField('The date the change takes effect'),
    unionConsulted: z.boolean().describe('Whether the union or worker representatives were consulted before the change'),
    city: z.string().trim().min(1).max(100).optional().describe('City the change applies to (name); absent when nationwide'),
    workersAffected: workerCountField('Workers the change applies to'),
    summary: textField('What changed'),
  }).refine(...notBefore('effectiveOn', 'announcedOn')),
  'A platform changed its pay, penalty, dispatch or other rules.',
);

export type PlatformRuleChangeV1 = EventOf<typeof platformRuleChangeV1>;
