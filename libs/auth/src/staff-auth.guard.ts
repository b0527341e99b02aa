import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError, IS_PUBLIC_ROUTE } from '@concord/platform';
import type { Request } from 'express';
import type { StaffRequest } from './current-staff.decorator';
import { StaffAccountStatus } from './staff-account-status';
import { REQUIRED_ROLES } from './roles.decorator';
import { type StaffRole, staffClaims } from './staff-claims';

/**
 * Global guard: every HTTP route needs a valid staff token (HS256, signature, expiry and claims
 * checked) of an account that is not disabled, unless marked @Public; @Roles narrows it further.
 * Health endpoints are @Public.
 */
@Injectable()
export class StaffAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly accounts: StaffAccountStatus,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & StaffRequest>();
    const [scheme, token] = (request.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new DomainError('unauthenticated', 'Log in and send the token as "Authorization: Bearer <token>"');
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new DomainError('unauthenticated', 'The token is invalid or has expired; log in again');
    }
    const claims = staffClaims.safeParse(payload);
    if (!claims.success) throw new DomainError('unauthenticated', 'The token does not carry valid staff claims');
    if (await this.accounts.isDisabled(claims.data.sub)) throw new DomainError('unauthenticated', 'This account is disabled; its sessions have ended');
    request.staff = claims.data;
    const required = this.reflector.getAllAndOverride<StaffRole[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => claims.data.roles.includes(role))) {
      throw new DomainError('forbidden', `This action needs one of the roles: ${required.join(', ')}`);
    }
    return true;
  }
}
