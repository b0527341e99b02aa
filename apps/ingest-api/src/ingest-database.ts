import type { ServiceDatabaseOptions } from '@concord/database';
import { AcceptedEvent } from './events/idempotency/accepted-event.entity';
import { INGEST_MIGRATIONS } from './migrations';

export const INGEST_SCHEMA = 'ingest';

/** The ingest schema's data source options, shared by `serve` and `migrate`. */
export function ingestDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return { url: databaseUrl, schema: INGEST_SCHEMA, entities: [AcceptedEvent], migrations: INGEST_MIGRATIONS, poolSize: 10 };
}
