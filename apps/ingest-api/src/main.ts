import { migrationCommands } from '@concord/database';
import { runMain, startService } from '@concord/platform';
import { loadIngestApiConfig } from './ingest-api.config';
import { ingestApiService } from './ingest-api.service';
import { ingestDatabaseOptions } from './ingest-database';

runMain({
  serve: async () => {
    await startService(ingestApiService(loadIngestApiConfig()));
  },
  ...migrationCommands(ingestDatabaseOptions),
});
