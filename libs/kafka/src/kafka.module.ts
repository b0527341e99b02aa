import { type DynamicModule, Module } from '@nestjs/common';
import type { KafkaEnv } from '@concord/config';
import { createKafkaClient } from './client/kafka-client';
import { KafkaReadiness } from './kafka.readiness';
import { KAFKA_CLIENT, KAFKA_SETTINGS } from './kafka.tokens';
import { OutboxRelay } from './outbox/outbox-relay';
import { EventPublisher } from './publishing/event-publisher';

@Module({})
export class KafkaModule {
  /** `withOutbox` runs the relay for services that publish through their outbox table. */
  static forRoot(settings: KafkaEnv, options: { clientId: string; withOutbox?: boolean }): DynamicModule {
    const relay = options.withOutbox ? [OutboxRelay] : [];
    return {
      module: KafkaModule,
      global: true,
      providers: [
        { provide: KAFKA_SETTINGS, useValue: settings },
        { provide: KAFKA_CLIENT, useFactory: () => createKafkaClient(settings, options.clientId) },
        EventPublisher,
        KafkaReadiness,
        ...relay,
      ],
      exports: [EventPublisher, KafkaReadiness, ...relay],
    };
  }
}
