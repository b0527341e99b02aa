import { migrationCommands } from '@concord/database';
import { runMain } from '@concord/platform';
import { loadConsoleConfig, loadConsoleSeedConfig } from './console.config';
import { directoryDatabaseOptions } from './directory-database';
import { seedCommand } from './seed/seed.command';
import { startConsole } from './start-console';

runMain({
  serve: async () => {
    await startConsole(loadConsoleConfig());
  },
  ...migrationCommands(directoryDatabaseOptions),
  seed: async () => {
    await seedCommand(loadConsoleSeedConfig(), { demo: process.argv[3] === '--demo' });
  },
});
