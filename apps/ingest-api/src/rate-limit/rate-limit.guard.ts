import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { RateLimiterRes, type RateLimiterRedis } from 'rate-limiter-flexible';
import type { AuthenticatedRequest } from '../auth/api-key.guard';
import { API_KEY_RATE_LIMITER } from './rate-limit.tokens';

/**
 * Spends one point of the caller's API key per request. A batch is one request whatever its size:
 * the limit protects the service from chatty clients, and batching is what we want them to do.
 * Runs after the global ApiKeyGuard, so `keyOwner` is set.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly log = new Logger(RateLimitGuard.name);

  constructor(@Inject(API_KEY_RATE_LIMITER) private readonly limiter: RateLimiterRedis) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { keyOwner } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    try {
      await this.limiter.consume(keyOwner.keyId);
      return true;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
        throw new DomainError('rate_limited', `Too many requests for this API key; retry after ${retryAfter} s`, undefined, retryAfter);
      }
      this.log.error({ err: outcome }, 'Rate limit store unavailable');
      throw new DomainError('unavailable', 'The rate limit store is unavailable; retry shortly', undefined, 5);
    }
  }
}
