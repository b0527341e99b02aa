import type { ServiceOptions } from '@concord/platform';
import type { IngestApiConfig } from './ingest-api.config';
import { IngestApiModule } from './ingest-api.module';
import { setupOpenApi } from './openapi/openapi.setup';

/** How ingest-api is started, shared by `serve` and the integration tests (which pass port 0). */
export function ingestApiService(config: IngestApiConfig, port = config.PORT): ServiceOptions {
  // A 1,000-event batch of ~1 KiB events fits; anything larger is refused with 413.
  return { rootModule: IngestApiModule.forRoot(config), port, bodyLimit: '2mb', configure: setupOpenApi };
}
