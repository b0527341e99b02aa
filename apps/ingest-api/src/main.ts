import { runMain, startService } from '@concord/platform';
import { loadIngestApiConfig } from './ingest-api.config';
import { IngestApiModule } from './ingest-api.module';

runMain({
  serve: async () => {
    const config = loadIngestApiConfig();
    // A 1,000-event batch of ~1 KiB events fits; anything larger is refused with 413.
    await startService({ rootModule: IngestApiModule.forRoot(config), port: config.PORT, bodyLimit: '2mb' });
  },
  // ingest-api owns no schema; the command exists so every service binary can be migrated alike.
  migrate: () => Promise.resolve(),
});
