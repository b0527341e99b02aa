import { migrateServiceSchema } from '@concord/database';
import { type TestDatabase, createTestDatabase } from '@concord/testing';
import { Client } from 'pg';
import { notifyDatabaseOptions } from '../notify-database';

/** For the notify migrations' tests: a database of its own with every notify migration applied, and a client in the schema. */
export interface NotifySchemaClient {
  db: TestDatabase;
  client: Client;
  /** Applies (`up`, every pending) or reverts (`down`, the last) migrations; returns the names applied. */
  migrate(direction: 'up' | 'down'): Promise<string[]>;
  close(): Promise<void>;
}

export async function notifySchemaClient(databaseName: string): Promise<NotifySchemaClient> {
  const db = await createTestDatabase(databaseName);
  const migrate = (direction: 'up' | 'down') => migrateServiceSchema(notifyDatabaseOptions(db.url), direction);
  await migrate('up');
  const client = new Client({ connectionString: db.url });
  await client.connect();
  await client.query('SET search_path TO notify');
  return {
    db,
    client,
    migrate,
    close: async () => {
      await client.end();
      await db.drop();
    },
  };
}
