import { z } from 'zod';
import { envBoolean, envPort, envUrl } from './env-types';

/** One schema per concern; a service composes the concerns it needs. */
export const httpEnv = z.object({
  PORT: envPort,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where GET /metrics (Prometheus) is served, apart from the API; unset: not served. */
  METRICS_PORT: z.preprocess((value) => (value === '' ? undefined : value), envPort.optional()),
});

export const databaseEnv = z.object({
  DATABASE_URL: envUrl(['postgres', 'postgresql']),
});

export const redisEnv = z.object({
  REDIS_URL: envUrl(['redis', 'rediss']),
  REDIS_KEY_PREFIX: z.string().min(1).default('concord'),
});

export const kafkaEnv = z.object({
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((b) => b.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[^:\s]+:\d+$/, 'each broker must be host:port')).min(1)),
  KAFKA_CLIENT_ID: z.string().min(1).optional(),
  KAFKA_TOPIC_PREFIX: z.string().default(''),
  // Real Kafka: on. The librdkafka mock broker used in development cannot serve either.
  KAFKA_IDEMPOTENT_PRODUCER: envBoolean.default(true),
  KAFKA_CREATE_TOPICS: envBoolean.default(true),
  /**
   * How long a consumer that stopped heartbeating (a killed process) keeps its partitions before
   * the group hands them to the others: the pause a crash causes on those partitions. kafkajs's
   * 30 s default would stall a restarted single-instance service that long; consumers heartbeat
   * every 3 s, even while a handler backs off between retries. Unset: 10 s (KafkaConsumerServer).
   */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).optional(),
});

export type HttpEnv = z.infer<typeof httpEnv>;
export type DatabaseEnv = z.infer<typeof databaseEnv>;
export type RedisEnv = z.infer<typeof redisEnv>;
export type KafkaEnv = z.infer<typeof kafkaEnv>;
