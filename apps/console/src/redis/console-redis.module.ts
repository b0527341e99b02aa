import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { RedisEnv } from '@concord/config';
import IORedis, { type Redis } from 'ioredis';
import { REDIS_CLIENT, REDIS_KEY_PREFIX } from './redis.tokens';
import { RedisReadiness } from './redis.readiness';

/** The console's Redis connection (login budgets), shared by every console instance. */
@Module({})
export class ConsoleRedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  static forRoot(redis: RedisEnv): DynamicModule {
    return {
      module: ConsoleRedisModule,
      global: true,
      providers: [
        {
          provide: REDIS_CLIENT,
          // No offline queue: with Redis down a login fails fast (503) instead of hanging until a
          // reconnect; so connect before serving, or the first logins would fail.
          useFactory: async () => {
            const client = new IORedis(redis.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
            await client.connect();
            return client;
          },
        },
        { provide: REDIS_KEY_PREFIX, useValue: `${redis.REDIS_KEY_PREFIX}:console` },
        RedisReadiness,
      ],
      exports: [REDIS_CLIENT, REDIS_KEY_PREFIX, RedisReadiness],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
