import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * The capacity ledger, used inside the assigning transaction. `lock` makes sure every candidate
 * has a row and locks them all in mediator-id order before their open cases are read: two
 * concurrent assignments then see each other's bumps (never pushing a mediator past capacity),
 * and, taking locks in the same order, can never deadlock.
 */
@Injectable()
export class MediatorLoadLedger {
  async lock(manager: EntityManager, mediatorIds: readonly string[]): Promise<Map<string, number>> {
    if (mediatorIds.length === 0) return new Map();
    const ids = [...new Set(mediatorIds)].sort();
    await manager.query(
      `INSERT INTO mediator_load (mediator_id, open_cases)
       SELECT id, 0 FROM unnest($1::uuid[]) AS id ORDER BY id
       ON CONFLICT DO NOTHING`,
      [ids],
    );
    const rows = await manager.query<{ mediator_id: string; open_cases: number }[]>(
      `SELECT mediator_id, open_cases FROM mediator_load WHERE mediator_id = ANY ($1::uuid[]) ORDER BY mediator_id FOR UPDATE`,
      [ids],
    );
    return new Map(rows.map((row) => [row.mediator_id, row.open_cases]));
  }

  /** Call only with mediators locked by `lock` in the same transaction. */
  async take(manager: EntityManager, mediatorIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE mediator_load SET open_cases = open_cases + 1 WHERE mediator_id = ANY ($1::uuid[])`, [[...mediatorIds]]);
  }

  /** A case no longer counts against these mediators; call only with them locked by `lock` in the same transaction. */
  async release(manager: EntityManager, mediatorIds: readonly string[]): Promise<void> {
    await manager.query(`UPDATE mediator_load SET open_cases = greatest(open_cases - 1, 0) WHERE mediator_id = ANY ($1::uuid[])`, [[...mediatorIds]]);
  }
}
