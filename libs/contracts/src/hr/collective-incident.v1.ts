import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { complaintCategory } from './complaint.v1';
import { hrData, isoDateTimeField, notBefore, textField, workerCountField } from './hr-fields';

export const INCIDENT_FORMS = ['stoppage', 'slowdown', 'gathering', 'road_block', 'petition', 'online_mobilisation'] as const;
export const INCIDENT_LOCATIONS = ['workplace', 'public', 'government_site', 'online'] as const;

export const collectiveIncidentV1 = defineEventContract(
  'concord.hr.collective_incident.v1',
  hrData({
    form: z.enum(INCIDENT_FORMS).describe('What form the collective action takes'),
    location: z.enum(INCIDENT_LOCATIONS).describe('Where it takes place'),
    participants: workerCountField('People taking part (estimate)', 1),
    startedAt: isoDateTimeField('When it started'),
    endedAt: isoDateTimeField('When it ended').nullable().describe('When it ended (ISO date-time with offset); null while still going on'),
    demandCategories: z.array(complaintCategory).min(1).max(8).describe('What the participants demand, as complaint categories (at least one)'),
    demands: textField('The demands in the participants\u2019 words, without names', 4_000).optional(),
  }).refine(...notBefore('endedAt', 'startedAt')),
  'A collective incident: stoppage, slowdown, gathering, road block, petition or online mobilisation.',
);

export type CollectiveIncidentV1 = EventOf<typeof collectiveIncidentV1>;
