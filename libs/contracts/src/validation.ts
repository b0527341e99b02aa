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
 * Validates an inbound envelope against the contracts its topic allows, reporting every problem
 * at once: envelope and data together when the type is known, or the envelope's problems and the
 * unknown type otherwise (data cannot be judged without knowing its type).
 */
export function parseTopicEvent<T extends TopicName>(topic: T, raw: unknown): ParseResult<TopicEvent<T>> {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const contract = contractsOf(topic).find((c) => c.type === type);
  if (contract) {
    const parsed = contract.schema.safeParse(raw);
    return parsed.success ? { ok: true, event: parsed.data as TopicEvent<T> } : { ok: false, violations: violationsOf(parsed.error) };
  }
  const envelope = cloudEventBase.safeParse(raw);
  const violations = envelope.success ? [] : violationsOf(envelope.error);
  if (typeof type === 'string') {
    const known = contractsOf(topic).map((c) => c.type).join(', ');
    violations.push({ path: 'type', message: `unknown event type '${type}' for ${topic}; expected one of: ${known}` });
  }
  return { ok: false, violations };
}
