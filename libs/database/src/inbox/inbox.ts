import type { EntityManager } from 'typeorm';

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
