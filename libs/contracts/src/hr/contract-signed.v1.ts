import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { countField, hrData, isoDateField, notAbove, workerCountField } from './hr-fields';

export const CONTRACT_TERMS = ['fixed_term', 'open_ended', 'task_based'] as const;

export const contractSignedV1 = defineEventContract(
  'concord.hr.contract_signed.v1',
  hrData({
    signedOn: isoDateField('The date the written contracts were signed'),
    workers: workerCountField('Workers who signed a written labor contract on that date', 1),
    headcount: workerCountField('Workers employed by the enterprise on that date', 1),
    contractTerm: z.enum(CONTRACT_TERMS).describe('Kind of term: fixed term, open-ended, or for the completion of a task'),
    termMonths: countField('Length of a fixed-term contract (months)', 1200)
      .nullable()
      .describe('Length of a fixed-term contract (months); null for open-ended and task-based contracts'),
  })
    .refine(...notAbove('workers', 'headcount'))
    .refine((d) => (d.contractTerm === 'fixed_term') === (d.termMonths !== null), {
      path: ['termMonths'],
      message: 'is required for fixed_term contracts and must be null otherwise',
    }),
  'Written labor contracts signed with a number of workers.',
);

export type ContractSignedV1 = EventOf<typeof contractSignedV1>;
