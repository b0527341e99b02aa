import { z } from 'zod';

/**
 * CloudEvents 1.0 structured-mode envelope shared by every topic.
 * `id` is the producer's idempotency key, `subject` the enterprise id (also the Kafka key),
 * `time` the business time the fact happened (not when it was reported).
 */
export const cloudEventBase = z.object({
  specversion: z.literal('1.0'),
  id: z.string().min(1).max(200),
  source: z.string().min(1).max(500),
  type: z.string().min(1),
  subject: z.uuid(),
  time: z.iso.datetime({ offset: true }),
  datacontenttype: z.literal('application/json').optional(),
  correlationid: z.string().max(200).optional(),
});

export type CloudEventBase = z.infer<typeof cloudEventBase>;

export interface EventContract<TType extends string, TData extends z.ZodType> {
  readonly type: TType;
  readonly data: TData;
  readonly schema: z.ZodObject<{ type: z.ZodLiteral<TType>; data: TData } & Omit<typeof cloudEventBase.shape, 'type'>>;
  readonly description: string;
}

export function defineEventContract<TType extends string, TData extends z.ZodType>(
  type: TType,
  data: TData,
  description: string,
): EventContract<TType, TData> {
  const schema = cloudEventBase.extend({ type: z.literal(type), data });
  return Object.freeze({ type, data, schema, description });
}

export type EventOf<C> = C extends EventContract<string, z.ZodType> ? z.infer<C['schema']> : never;
