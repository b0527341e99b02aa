import type { KafkaEnv, RedisEnv } from '@concord/config';
import { uniqueName } from './test-names';

/** Kafka settings for a test: the project's dev broker, a topic prefix of its own. */
export function testKafkaEnv(prefix = uniqueName('t')): KafkaEnv {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: run tests through jest (test/global-setup.ts starts the dev broker)');
  return {
    KAFKA_BROKERS: brokers.split(','),
    KAFKA_TOPIC_PREFIX: `${prefix}.`,
    KAFKA_IDEMPOTENT_PRODUCER: false,
    KAFKA_CREATE_TOPICS: false,
  };
}

export function testRedisEnv(prefix = uniqueName('t')): RedisEnv {
  return { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: prefix };
}
