import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { RedisEnv } from '@concord/config';
import type { QueueName } from '@concord/contracts';
import type { ReadinessProbe } from '@concord/platform';
import type { Redis } from 'ioredis';
import { JobQueue } from './job-queue';
import { JobWorkers } from './job-workers';
import type { QueueSettings } from './queue-settings';
import { RedisBroadcast } from './redis-broadcast';
import { QUEUE_SETTINGS, REDIS_CONNECTION } from './queue.tokens';
import { bullPrefix, createRedisConnection } from './redis-connection';

@Injectable()
export class RedisReadiness implements ReadinessProbe, OnApplicationShutdown {
  readonly dependency = 'redis';
  constructor(@Inject(REDIS_CONNECTION) private readonly redis: Redis) {}
  async probe(): Promise<void> {
    await this.redis.ping();
  }
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

@Module({})
export class QueueModule {
  static forRoot(redis: RedisEnv, options: { workOn: QueueName[]; concurrency?: QueueSettings['concurrency'] }): DynamicModule {
    return {
      module: QueueModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: REDIS_CONNECTION, useFactory: () => createRedisConnection(redis) },
        { provide: QUEUE_SETTINGS, useValue: { prefix: bullPrefix(redis), workOn: options.workOn, concurrency: options.concurrency ?? {} } },
        JobQueue,
        JobWorkers,
        RedisReadiness,
        RedisBroadcast,
      ],
      exports: [JobQueue, RedisReadiness, RedisBroadcast],
    };
  }
}
