import {
  type FaultBroker,
  type PostgresServer,
  type RedisServer,
  freePort,
  startFaultBroker,
  startPostgresServer,
  startRedisServer,
} from '@concord/testing';

/** The three dependencies the fault suite breaks, each a process of its own that nothing else uses. */
export interface ChaosInfrastructure {
  postgres: PostgresServer;
  redis: RedisServer;
  broker: FaultBroker;
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL cluster, a Redis and a Kafka-protocol broker of the suite's own and points
 * this test process's environment at them: startSystem() creates its database through
 * DATABASE_URL, and the services it spawns inherit REDIS_URL and KAFKA_BROKERS.
 */
export async function startChaosInfrastructure(): Promise<ChaosInfrastructure> {
  const postgres = await startPostgresServer(await freePort());
  const redis = await startRedisServer(await freePort());
  const broker = await startFaultBroker();
  Object.assign(process.env, {
    DATABASE_URL: postgres.adminUrl,
    REDIS_URL: redis.url,
    KAFKA_BROKERS: broker.brokers,
    KAFKA_IDEMPOTENT_PRODUCER: 'false',
    KAFKA_CREATE_TOPICS: 'false',
  });
  return {
    postgres,
    redis,
    broker,
    stop: async () => {
      await broker.stop();
      await redis.stop();
      await postgres.stop();
    },
  };
}
