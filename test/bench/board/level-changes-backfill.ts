import { postgresOptions } from '@concord/database';
import { DataSource } from 'typeorm';
import { LevelChanges1798200000000 } from '../../../apps/risk-engine/src/migrations/1798200000000-level-changes';
import { riskDatabaseOptions } from '../../../apps/risk-engine/src/risk-database';

/**
 * Rebuilds risk.level_changes from the seeded score history by reverting and re-applying its own
 * migration (whose backfill is what an existing installation runs), as the risk schema's data source.
 */
export async function rebuildLevelChanges(databaseUrl: string): Promise<void> {
  const dataSource = new DataSource(postgresOptions(riskDatabaseOptions(databaseUrl)));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    const migration = new LevelChanges1798200000000();
    await migration.down(runner);
    await migration.up(runner);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}
