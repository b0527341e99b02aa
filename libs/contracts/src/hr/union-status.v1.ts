import { z } from 'zod';
import { defineEventContract, type EventOf } from '../envelope/cloud-event';
import { hrData, isoDateField, notAbove, workerCountField } from './hr-fields';

export const unionStatusV1 = defineEventContract(
  'concord.hr.union_status.v1',
  hrData({
    asOf: isoDateField('The date this status describes'),
    hasUnion: z.boolean().describe('Whether the enterprise has a grassroots trade union'),
    headcount: workerCountField('Workers employed on that date', 1),
    members: workerCountField('Union members among the workers'),
    chairElectedOn: isoDateField('The date the current union chair was elected')
      .nullable()
      .describe('The date the current union chair was elected (ISO date YYYY-MM-DD); null when there is no chair'),
  })
    .refine(...notAbove('members', 'headcount'))
    .refine((d) => d.hasUnion || (d.members === 0 && d.chairElectedOn === null), {
      path: ['hasUnion'],
      message: 'must be true when there are members or a chair',
    }),
  'The state of the enterprise trade union: whether there is one, its members, its chair.',
);

export type UnionStatusV1 = EventOf<typeof unionStatusV1>;
