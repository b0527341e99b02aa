import { Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimits {
  failuresPerEmail: number;
  failuresPerAddress: number;
  windowSeconds: number;
}

/**
 * Failed-login budgets in Redis (shared by every console instance): per email, against guessing
 * one account's password, and per client address, against trying many accounts from one machine.
 * Only failures count, so staff who type their password right are never slowed down; once a
 * budget is spent, even the right password answers 429 until the window ends. Keys are digests.
 */
export class LoginThrottle {
  private readonly log = new Logger(LoginThrottle.name);
  private readonly perEmail: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(redis: Redis, keyPrefix: string, limits: LoginLimits) {
    const base = { storeClient: redis, duration: limits.windowSeconds };
    this.perEmail = new RateLimiterRedis({ ...base, keyPrefix: `${keyPrefix}:login:email`, points: limits.failuresPerEmail });
    this.perAddress = new RateLimiterRedis({ ...base, keyPrefix: `${keyPrefix}:login:address`, points: limits.failuresPerAddress });
  }

  /** Throws 429 with the wait when either budget is spent; 503 when Redis does not answer. */
  async assertMayTry(emailKey: string, addressKey: string): Promise<void> {
    const [email, address] = await this.guard(() => Promise.all([this.perEmail.get(emailKey), this.perAddress.get(addressKey)]));
    const spent = [
      { state: email, points: this.perEmail.points },
      { state: address, points: this.perAddress.points },
    ].filter(({ state, points }) => state !== null && state.consumedPoints >= points);
    if (spent.length === 0) return;
    const retryAfter = Math.max(1, Math.ceil(Math.max(...spent.map(({ state }) => state?.msBeforeNext ?? 0)) / 1000));
    throw new DomainError('rate_limited', `Too many failed logins; retry after ${retryAfter} s`, undefined, retryAfter);
  }

  async recordFailure(emailKey: string, addressKey: string): Promise<void> {
    await this.guard(() => Promise.all([this.spend(this.perEmail, emailKey), this.spend(this.perAddress, addressKey)]));
  }

  /** A successful login forgives the account's earlier failures (not the address's). */
  async recordSuccess(emailKey: string): Promise<void> {
    await this.guard(() => this.perEmail.delete(emailKey));
  }

  private async spend(limiter: RateLimiterRedis, key: string): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (outcome) {
      // Already over budget: the failure is counted all the same, nothing else to do.
      if (!(outcome instanceof RateLimiterRes)) throw outcome;
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.log.error({ err: error }, 'login rate limit store unavailable');
      throw new DomainError('unavailable', 'Logging in is unavailable for a moment; retry shortly', undefined, 5);
    }
  }
}
