import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DatabaseModule, DatabaseReadiness } from '@concord/database';
import { KafkaModule, KafkaReadiness } from '@concord/kafka';
import { HealthModule, PlatformModule } from '@concord/platform';
import { ApiKeyGuard } from './auth/api-key.guard';
import { ApiKeyVerifier } from './auth/api-key.verifier';
import { KeyUsageRecorder } from './auth/key-usage.recorder';
import { ComplaintsModule } from './complaints/complaints.module';
import { CsvModule } from './csv/csv.module';
import { EventsController } from './events/http/events.controller';
import { AcceptedEventsStore } from './events/idempotency/accepted-events.store';
import { AcceptEventsUseCase } from './events/use-cases/accept-events.use-case';
import type { IngestApiConfig } from './ingest-api.config';
import { ingestDatabaseOptions } from './ingest-database';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RedisReadiness } from './rate-limit/redis.readiness';

export const SERVICE_NAME = 'ingest-api';

/** A request waits on the Kafka send: fail within seconds (503, retry later) rather than hang. */
const PUBLISH_RETRIES = 2;

@Module({})
export class IngestApiModule {
  static forRoot(config: IngestApiConfig): DynamicModule {
    return {
      module: IngestApiModule,
      imports: [
        PlatformModule.forRoot({ service: SERVICE_NAME, logLevel: config.LOG_LEVEL, metricsPort: config.METRICS_PORT }),
        // The ingest schema holds the idempotency record; API keys are read from the directory's view.
        DatabaseModule.forRoot(ingestDatabaseOptions(config.DATABASE_URL)),
        KafkaModule.forRoot(config, { clientId: SERVICE_NAME, publisher: { retries: PUBLISH_RETRIES } }),
        RateLimitModule.forRoot(config, config.INGEST_RATE_PER_KEY_PER_MINUTE),
        HealthModule.forRoot([DatabaseReadiness, KafkaReadiness, RedisReadiness]),
        ComplaintsModule.forRoot(config),
        CsvModule,
      ],
      controllers: [EventsController],
      providers: [ApiKeyVerifier, KeyUsageRecorder, AcceptedEventsStore, AcceptEventsUseCase, { provide: APP_GUARD, useClass: ApiKeyGuard }],
    };
  }
}
