import { migrationCommands } from '@concord/database';
import { runMain, startService } from '@concord/platform';
import { loadConsoleConfig, loadConsoleSeedConfig } from './console.config';
import { ConsoleModule } from './console.module';
import { directoryDatabaseOptions } from './directory-database';
import { seedCommand } from './seed/seed.command';

runMain({
  serve: async () => {
    const config = loadConsoleConfig();
    await startService({ rootModule: ConsoleModule.forRoot(config), port: config.PORT });
  },
  ...migrationCommands(directoryDatabaseOptions),
  seed: async () => {
    await seedCommand(loadConsoleSeedConfig(), { demo: process.argv[3] === '--demo' });
  },
});
