import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { TOPICS, type TopicEvent, type TopicName, deadLetterTopic } from '@concord/contracts';
import type { KafkaEnv } from '@concord/config';
import { correlationHeaders } from '@concord/platform';
import { CompressionTypes, type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
import { TopicNamer } from '../client/topic-namer';
import { KAFKA_CLIENT, KAFKA_PUBLISHER_OPTIONS, KAFKA_SETTINGS } from '../kafka.tokens';

/** Produce requests one connection may have outstanding when the producer is not idempotent. */
export const NON_IDEMPOTENT_MAX_IN_FLIGHT = 5;

export interface RawMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

export interface PublisherOptions {
  /**
   * Retries of a failed send before it rejects. The client default (8, exponential) suits
   * background relays; an HTTP request waiting on the send wants an answer within seconds.
   */
  retries?: number;
}

/**
 * The only way to write to Kafka. `publish` binds each topic to the event types its contract
 * allows; every send waits for all in-sync replicas (acks = -1) before it resolves.
 */
@Injectable()
export class EventPublisher implements OnModuleInit, OnApplicationShutdown {
  private readonly producer: Producer;
  private readonly namer: TopicNamer;

  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(KAFKA_SETTINGS) private readonly settings: KafkaEnv,
    @Inject(KAFKA_PUBLISHER_OPTIONS) options: PublisherOptions,
  ) {
    this.namer = new TopicNamer(settings.KAFKA_TOPIC_PREFIX);
    this.producer = kafka.producer({
      idempotent: settings.KAFKA_IDEMPOTENT_PRODUCER,
      // Idempotence requires a single in-flight request. Without it, several sends may be in flight:
      // each send carries one caller's events for a partition in ONE produce request, so their order
      // within a send holds; sends of concurrent callers have no order between them to keep (a caller
      // that needs order awaits its send before the next). A retried send may land after a later
      // one, which only concurrent callers can observe, and consumers dedupe the repeat by event id.
      maxInFlightRequests: settings.KAFKA_IDEMPOTENT_PRODUCER ? 1 : NON_IDEMPOTENT_MAX_IN_FLIGHT,
      allowAutoTopicCreation: !settings.KAFKA_CREATE_TOPICS,
      // murmur2 on the key, as the Java client: one enterprise always maps to one partition.
      createPartitioner: Partitioners.DefaultPartitioner,
      ...(options.retries === undefined ? {} : { retry: { retries: options.retries } }),
    });
  }

  async onModuleInit(): Promise<void> {
    if (this.settings.KAFKA_CREATE_TOPICS) await this.createTopics();
    await this.producer.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.producer.disconnect();
  }

  async publish<T extends TopicName>(topic: T, events: TopicEvent<T>[]): Promise<void> {
    if (events.length === 0) return;
    const headers = correlationHeaders();
    await this.sendRaw(
      topic,
      events.map((event) => ({
        key: event.subject,
        value: JSON.stringify(event),
        headers,
      })),
    );
  }

  /** For messages already serialized (outbox relay, dead letters). */
  async sendRaw(topic: TopicName | `${TopicName}.dlq`, messages: RawMessage[]): Promise<void> {
    const kafkaMessages: Message[] = messages.map((m) => ({ key: m.key, value: m.value, headers: m.headers }));
    await this.producer.send({ topic: this.namer.physical(topic), acks: -1, compression: CompressionTypes.None, messages: kafkaMessages });
  }

  private async createTopics(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const topics = Object.values(TOPICS).flatMap((t) => [t, deadLetterTopic(t)]);
      await admin.createTopics({ waitForLeaders: true, topics: topics.map((t) => ({ topic: this.namer.physical(t) })) });
    } finally {
      await admin.disconnect();
    }
  }
}
