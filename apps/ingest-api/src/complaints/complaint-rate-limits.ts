import { createHmac } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

const HOUR_SECONDS = 3600;

export interface ComplaintRateLimitSettings {
  redisKeyPrefix: string;
  perIpPerHour: number;
  perEnterprisePerHour: number;
  /** Keys the client address before it reaches Redis, so the store holds no IP address. */
  addressKey: string;
}

/**
 * Complaint budgets in Redis (shared by every instance): per client address, against floods from
 * one machine, and per enterprise, against a campaign aimed at one employer from many machines.
 */
export class ComplaintRateLimits {
  private readonly log = new Logger(ComplaintRateLimits.name);
  private readonly perIp: RateLimiterRedis;
  private readonly perEnterprise: RateLimiterRedis;

  constructor(
    redis: Redis,
    private readonly settings: ComplaintRateLimitSettings,
  ) {
    const prefix = `${settings.redisKeyPrefix}:ingest:complaints`;
    this.perIp = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:ip`, points: settings.perIpPerHour, duration: HOUR_SECONDS });
    this.perEnterprise = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:enterprise`, points: settings.perEnterprisePerHour, duration: HOUR_SECONDS });
  }

  spendForAddress(address: string): Promise<void> {
    const keyed = createHmac('sha256', this.settings.addressKey).update(address).digest('hex');
    return this.spend(this.perIp, keyed, 'from this address');
  }

  spendForEnterprise(enterpriseId: string): Promise<void> {
    return this.spend(this.perEnterprise, enterpriseId, 'about this enterprise');
  }

  private async spend(limiter: RateLimiterRedis, key: string, scope: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
        throw new DomainError('rate_limited', `Too many complaints ${scope}; retry after ${retryAfter} s`, undefined, retryAfter);
      }
      this.log.error({ err: outcome }, 'Rate limit store unavailable');
      throw new DomainError('unavailable', 'The service is busy; retry shortly', undefined, 5);
    }
  }
}
