import { databaseEnv, loadConfig } from '@concord/config';
import { migrateServiceSchema } from '@concord/database';
import { runMain, startService } from '@concord/platform';
import { loadConsoleConfig, loadConsoleSeedConfig } from './console.config';
import { ConsoleModule } from './console.module';
import { DIRECTORY_ENTITIES, DIRECTORY_SCHEMA } from './directory.entities';
import { DIRECTORY_MIGRATIONS } from './migrations';
import { seedCommand } from './seed/seed.command';

runMain({
  serve: async () => {
    const config = loadConsoleConfig();
    await startService({ rootModule: ConsoleModule.forRoot(config), port: config.PORT });
  },
  // A migration job needs only the database; it should not hold the service's secrets.
  migrate: async () => {
    const config = loadConfig(databaseEnv);
    const applied = await migrateServiceSchema({
      url: config.DATABASE_URL,
      schema: DIRECTORY_SCHEMA,
      entities: DIRECTORY_ENTITIES,
      migrations: DIRECTORY_MIGRATIONS,
    });
    process.stdout.write(`migrate: directory ${applied.length ? `applied ${applied.join(', ')}` : 'already up to date'}\n`);
  },
  seed: async () => {
    await seedCommand(loadConsoleSeedConfig(), { demo: process.argv[3] === '--demo' });
  },
});
