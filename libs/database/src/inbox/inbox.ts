import type { EntityManager } from 'typeorm';
import { preparedStatement, runPrepared } from '../prepared-statement';

const CLAIM_EVENTS = preparedStatement('inbox.claim-events', `INSERT INTO inbox (consumer, event_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING event_id`);

/**
 * Records that `consumer` processed `eventId`, inside the caller's transaction. Returns false when
 * it was already processed: the caller then skips its effects, which makes redelivery harmless.
 */
export async function claimEvent(manager: EntityManager, consumer: string, eventId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO inbox (consumer, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, eventId],
  );
  return rows.length === 1;
}

/** `claimEvent` for many ids in one statement: returns the ids not processed before, in input order. */
export async function claimEvents(manager: EntityManager, consumer: string, eventIds: readonly string[]): Promise<string[]> {
  if (eventIds.length === 0) return [];
  const rows = await runPrepared<{ event_id: string }>(manager, CLAIM_EVENTS, [consumer, eventIds]);
  const claimed = new Set(rows.map((row) => row.event_id));
  return eventIds.filter((id) => claimed.has(id));
}
