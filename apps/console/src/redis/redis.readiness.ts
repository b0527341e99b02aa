import { Inject, Injectable } from '@nestjs/common';
import type { ReadinessProbe } from '@concord/platform';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from './redis.tokens';

/** Logins need Redis (their budgets live there), so the console is not ready without it. */
@Injectable()
export class RedisReadiness implements ReadinessProbe {
  readonly dependency = 'redis';
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}
  async probe(): Promise<void> {
    await this.redis.ping();
  }
}
