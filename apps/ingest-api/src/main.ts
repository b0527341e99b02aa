import { migrationCommands } from '@concord/database';
import { runMain, serveInWorkers, serveWorkersMetrics, startService } from '@concord/platform';
import { loadIngestApiConfig } from './ingest-api.config';
import { ingestApiService } from './ingest-api.service';
import { ingestDatabaseOptions } from './ingest-database';

runMain({
  serve: async () => {
    // Validated in the primary too, so a configuration error stops the binary before any fork.
    const config = loadIngestApiConfig();
    await serveInWorkers(config.INGEST_HTTP_WORKERS, () => startService(ingestApiService(config)));
    // Workers share ports, so the primary serves the metrics port with every worker's metrics combined.
    await serveWorkersMetrics(config.INGEST_HTTP_WORKERS, config.METRICS_PORT);
  },
  ...migrationCommands(ingestDatabaseOptions),
});
