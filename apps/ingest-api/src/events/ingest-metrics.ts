import { HR_EVENT_CONTRACTS } from '@concord/contracts';
import { ingestedEvents } from '@concord/platform';

const CONTRACT_TYPES = new Set<string>(HR_EVENT_CONTRACTS.map((contract) => contract.type));

/** A body's event type as a label: a contract's type or "unknown", so made-up types cannot grow the series without bound. */
function typeLabel(body: unknown): string {
  const type = typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined;
  return typeof type === 'string' && CONTRACT_TYPES.has(type) ? type : 'unknown';
}

/** Counts each answered event (by its index in `bodies`) under its type and outcome, one increment per pair: a batch is up to 1,000 events. */
export function countIngested(bodies: readonly unknown[], answered: Iterable<{ index: number; outcome: string }>): void {
  const tally = new Map<string, number>();
  for (const { index, outcome } of answered) {
    const key = JSON.stringify([typeLabel(bodies[index]), outcome]);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  for (const [key, n] of tally) {
    const [type, outcome] = JSON.parse(key) as [string, string];
    ingestedEvents.inc({ type, outcome }, n);
  }
}
