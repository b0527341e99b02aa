import type { ServiceDatabaseOptions } from '@concord/database';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from './directory.entities';
import { DIRECTORY_MIGRATIONS } from './migrations';

/** The directory schema's data source options, shared by `serve`, `migrate` and the migration generator. */
export function directoryDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return { url: databaseUrl, schema: DIRECTORY_SCHEMA, entities: DIRECTORY_ENTITIES, migrations: DIRECTORY_MIGRATIONS };
}
