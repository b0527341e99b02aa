import type { RedisEnv } from '@concord/config';
import IORedis, { type Redis } from 'ioredis';

/** BullMQ workers block on Redis; they need maxRetriesPerRequest = null to survive reconnects. */
export function createRedisConnection(config: RedisEnv): Redis {
  return new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}

export function bullPrefix(config: RedisEnv): string {
  return `${config.REDIS_KEY_PREFIX}:bull`;
}
