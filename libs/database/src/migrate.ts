import { DataSource } from 'typeorm';
import { type ServiceDatabaseOptions, postgresOptions } from './postgres-options';

export type MigrationDirection = 'up' | 'down';

/**
 * Runs (or reverts the last of) a service's migrations inside its own schema. The schema is
 * created first because TypeORM keeps its migrations table in it.
 */
export async function migrateServiceSchema(options: ServiceDatabaseOptions, direction: MigrationDirection = 'up'): Promise<string[]> {
  const dataSource = new DataSource({ ...postgresOptions(options), logging: ['error'] });
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    // Migrations name no schema; refuse to scatter a service's tables into another one.
    const [{ schema }] = await dataSource.query<{ schema: string | null }[]>('SELECT current_schema() AS schema');
    if (schema !== options.schema) throw new Error(`migrations for ${options.schema} would run in schema ${schema ?? '(none)'}; check search_path`);
    if (direction === 'down') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      return [];
    }
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
