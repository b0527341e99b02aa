import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyVerifier } from './auth/api-key.verifier';
import { EventsController } from './events/http/events.controller';
import { AcceptEventUseCase } from './events/use-cases/accept-event.use-case';
import type { IngestApiConfig } from './ingest-api.config';

export const SERVICE_NAME = 'ingest-api';

@Module({})
export class IngestApiModule {
  static forRoot(config: IngestApiConfig): DynamicModule {
    return {
      module: IngestApiModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL }),
        // ingest-api owns no schema: it reads the directory's published credential view.
        DatabaseModule.forRoot({ url: config.DATABASE_URL, schema: 'directory', entities: [], migrations: [], poolSize: 5 }),
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME }),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness]),
      ],
      controllers: [EventsController],
      providers: [ApiKeyVerifier, AcceptEventUseCase, { provide: APP_GUARD, useClass: ApiKeyGuard }],
    };
  }
}
