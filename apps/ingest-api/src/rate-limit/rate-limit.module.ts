import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { RedisEnv } from '@concord/config';
import IORedis, { type Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { RateLimitGuard } from './rate-limit.guard';
import { API_KEY_RATE_LIMITER, REDIS_CLIENT } from './rate-limit.tokens';
import { RedisReadiness } from './redis.readiness';

/**
 * The per-API-key request budget, counted in Redis so every ingest-api instance shares it.
 * A small module of the app's own: the queue lib's Redis connection comes with BullMQ workers.
 */
@Module({})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  static forRoot(redis: RedisEnv, requestsPerMinute: number): DynamicModule {
    return {
      module: RateLimitModule,
      global: true,
      providers: [
        {
          provide: REDIS_CLIENT,
          // No offline queue: with Redis down a request fails fast (503) instead of waiting for a
          // reconnect; so connect before serving, or the first requests would fail.
          useFactory: async () => {
            const client = new IORedis(redis.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
            await client.connect();
            return client;
          },
        },
        {
          provide: API_KEY_RATE_LIMITER,
          inject: [REDIS_CLIENT],
          useFactory: (client: Redis) =>
            new RateLimiterRedis({ storeClient: client, keyPrefix: `${redis.REDIS_KEY_PREFIX}:ingest:rate`, points: requestsPerMinute, duration: 60 }),
        },
        RedisReadiness,
        RateLimitGuard,
      ],
      exports: [RedisReadiness, RateLimitGuard, API_KEY_RATE_LIMITER, REDIS_CLIENT],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
