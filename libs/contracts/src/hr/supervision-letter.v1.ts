import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { complaintCategory } from './complaint.v1';
import { hrData, isoDateField, notBefore } from './hr-fields';

export const supervisionLetterV1 = defineEventContract(
  'concord.hr.supervision_letter.v1',
  hrData({
    letterKind: z.enum(['opinion', 'rectification_proposal', 'supervision']).describe('Kind of letter: labor-law supervision opinion, rectification proposal or supervision letter'),
    issuer: z.enum(['enterprise_union', 'street_union', 'county_federation', 'labor_inspection']).describe('Who issued it'),
    issuedOn: isoDateField('The date it was delivered to the enterprise'),
    category: complaintCategory.describe('What it is about'),
    answeredOn: isoDateField('The date the enterprise answered in writing')
      .nullable()
      .describe('The date the enterprise answered in writing (ISO date YYYY-MM-DD); null while unanswered'),
  }).refine(...notBefore('answeredOn', 'issuedOn')),
  'A union or inspection letter asking the enterprise to correct a labor-law problem, and whether it answered.',
);

export type SupervisionLetterV1 = EventOf<typeof supervisionLetterV1>;
