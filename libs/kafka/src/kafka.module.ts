import { type DynamicModule, Module } from '@nestjs/common';
import type { KafkaEnv } from '@concord/config';
import { createKafkaClient } from './client/kafka-client';
import { KafkaReadiness } from './kafka.readiness';
import { KAFKA_CLIENT, KAFKA_PUBLISHER_OPTIONS, KAFKA_SETTINGS } from './kafka.tokens';
import { OutboxRelay } from './outbox/outbox-relay';
import { EventPublisher, type PublisherOptions } from './publishing/event-publisher';

@Module({})
export class KafkaModule {
  /**
   * `withOutbox` runs the relay for services that publish through their outbox table; `publisher`
   * tunes the producer (e.g. fewer retries where a caller waits on the send).
   */
  static forRoot(settings: KafkaEnv, options: { clientId: string; withOutbox?: boolean; publisher?: PublisherOptions }): DynamicModule {
    const relay = options.withOutbox ? [OutboxRelay] : [];
    return {
      module: KafkaModule,
      global: true,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        { provide: KAFKA_PUBLISHER_OPTIONS, useValue: options.publisher ?? {} },
        { provide: KAFKA_CLIENT, useFactory: () => createKafkaClient(settings, options.clientId) },
        EventPublisher,
        KafkaReadiness,
        ...relay,
      ],
      exports: [EventPublisher, KafkaReadiness, ...relay],
    };
  }
}
