import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ComplaintRateLimits } from '../complaint-rate-limits';

/**
 * Spends the client address's complaint budget before the body is even validated, so malformed
 * floods are limited too. `req.ip` is the socket peer unless Express `trust proxy` is set: behind a
 * load balancer production MUST set it (to the proxy hops), or every worker shares the balancer's address.
 */
@Injectable()
export class ComplaintAddressLimitGuard implements CanActivate {
  constructor(private readonly limits: ComplaintRateLimits) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    await this.limits.spendForAddress(request.ip ?? request.socket.remoteAddress ?? 'unknown');
    return true;
  }
}
