import { DomainError } from '@concord/platform';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A reference from a request: the field path it came from and the id it names. */
export type Reference = [path: string, id: string];

/**
 * Answers 404 naming every field whose id does not exist in `entity`, so a client learns all its
 * bad references at once rather than one per attempt.
 */
export async function requireExisting(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, what: string, references: Reference[]): Promise<void> {
  if (references.length === 0) return;
  const ids = [...new Set(references.map(([, id]) => id))];
  const rows = await manager.createQueryBuilder(entity, 'row').select('row.id', 'id').where('row.id IN (:...ids)', { ids }).getRawMany<{ id: string }>();
  const found = new Set(rows.map((row) => row.id));
  const missing = references.filter(([, id]) => !found.has(id));
  if (missing.length > 0) {
    throw new DomainError(
      'not_found',
      `Unknown ${what}: ${missing.map(([, id]) => id).join(', ')}`,
      missing.map(([path, id]) => ({ path, message: `no ${what} with id ${id}` })),
    );
  }
}
