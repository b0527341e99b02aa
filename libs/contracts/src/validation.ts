import { z } from 'zod';
import { cloudEventBase } from './envelope/cloud-event';
import { contractsOf, type TopicEvent, type TopicName } from './topics';

export interface ContractViolation {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; event: T } | { ok: false; violations: ContractViolation[] };

/** Renders a zod path the way API clients write it: `data.workers[2].name`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function violationsOf(error: z.ZodError): ContractViolation[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message }));
}

/**
 * Validates an inbound envelope against the contracts its topic allows.
 * The envelope is checked first so that an unknown `type` is reported as such, not as a data error.
 */
export function parseTopicEvent<T extends TopicName>(topic: T, raw: unknown): ParseResult<TopicEvent<T>> {
  const envelope = cloudEventBase.safeParse(raw);
  if (!envelope.success) return { ok: false, violations: violationsOf(envelope.error) };
  const contract = contractsOf(topic).find((c) => c.type === envelope.data.type);
  if (!contract) {
    const known = contractsOf(topic).map((c) => c.type).join(', ');
    return { ok: false, violations: [{ path: 'type', message: `unknown event type '${envelope.data.type}' for ${topic}; expected one of: ${known}` }] };
  }
  const parsed = contract.schema.safeParse(raw);
  if (!parsed.success) return { ok: false, violations: violationsOf(parsed.error) };
  return { ok: true, event: parsed.data as TopicEvent<T> };
}
