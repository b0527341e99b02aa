import type { KafkaEnv, RedisEnv } from '@concord/config';

/** The JWT secret services get in integration tests; tests that sign their own tokens use it too. */
export const TEST_JWT_SECRET = 'integration-test-jwt-secret-of-32-chars!';

export interface ServiceTestEnvSpec {
  databaseUrl: string;
  kafka: KafkaEnv;
  redis?: RedisEnv;
  /** A service's own variables; they also win over the ones set here. */
  extra?: Record<string, string>;
}

/**
 * The environment a service's `load*Config(env)` takes, pointed at a test's own database, topic
 * prefix (with the producer and topic settings of its KafkaEnv) and, when given, Redis key prefix.
 * A service's config schema drops the variables it does not know, so one shape serves every service.
 */
export function serviceTestEnv({ databaseUrl, kafka, redis, extra }: ServiceTestEnvSpec): Record<string, string> {
  return {
    // Tests start the app on port 0 (startService's `port`); PORT only has to be valid.
    PORT: '1',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafka.KAFKA_BROKERS.join(','),
    KAFKA_TOPIC_PREFIX: kafka.KAFKA_TOPIC_PREFIX,
    KAFKA_IDEMPOTENT_PRODUCER: String(kafka.KAFKA_IDEMPOTENT_PRODUCER),
    KAFKA_CREATE_TOPICS: String(kafka.KAFKA_CREATE_TOPICS),
    JWT_SECRET: TEST_JWT_SECRET,
    ...(redis ? { REDIS_URL: redis.REDIS_URL, REDIS_KEY_PREFIX: redis.REDIS_KEY_PREFIX } : {}),
    ...extra,
  };
}
