import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, hrData, isoDateField } from './hr-fields';

export const committeeMeetingV1 = defineEventContract(
  'concord.hr.committee_meeting.v1',
  hrData({
    heldOn: isoDateField('The date the labor-relations consultation committee met'),
    attendees: z.int().min(1).max(1_000).describe('Committee members present (count)'),
    issuesRaised: countField('Issues raised at the meeting', 1_000),
    issuesSettled: countField('Issues settled at the meeting', 1_000),
  }).refine((d) => d.issuesSettled <= d.issuesRaised, { path: ['issuesSettled'], message: 'cannot exceed issuesRaised' }),
  'A meeting of the enterprise labor-relations consultation committee.',
);

export type CommitteeMeetingV1 = EventOf<typeof committeeMeetingV1>;
