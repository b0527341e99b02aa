import { TOPICS, type TopicName } from '@concord/contracts';
import { TopicNamer, createKafkaClient } from '@concord/kafka';

export type Kafka = ReturnType<typeof createKafkaClient>;

/** A kafkajs client on the run's broker, with the dev broker's settings (bench-setup.sh exports them). */
export function benchKafka(clientId: string): Kafka {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set (scripts/bench/system.sh sets it)');
  return createKafkaClient({ KAFKA_BROKERS: brokers.split(','), KAFKA_TOPIC_PREFIX: '', KAFKA_IDEMPOTENT_PRODUCER: false, KAFKA_CREATE_TOPICS: false }, clientId);
}

/** A topic as the services under test name it: under the run's KAFKA_TOPIC_PREFIX. */
export function serviceTopic(topic: TopicName): string {
  return new TopicNamer(process.env.KAFKA_TOPIC_PREFIX ?? '').physical(topic);
}

export { TOPICS };
