import { databaseEnv, loadConfig } from '@concord/config';
import { migrateServiceSchema } from './migrate';
import type { ServiceDatabaseOptions } from './postgres-options';

/**
 * The `migrate` and `revert` commands of a service binary. They read only DATABASE_URL, so a
 * migration job holds none of the service's other settings or secrets.
 */
export function migrationCommands(optionsFor: (databaseUrl: string) => ServiceDatabaseOptions) {
  const options = () => optionsFor(loadConfig(databaseEnv).DATABASE_URL);
  return {
    migrate: async () => {
      const { schema } = options();
      const applied = await migrateServiceSchema(options(), 'up');
      process.stdout.write(`${schema}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}\n`);
    },
    revert: async () => {
      const { schema } = options();
      await migrateServiceSchema(options(), 'down');
      process.stdout.write(`${schema}: reverted the last migration\n`);
    },
  };
}
