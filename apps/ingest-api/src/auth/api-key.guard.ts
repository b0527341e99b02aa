import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, IS_PUBLIC_ROUTE } from '@concord/platform';
import type { Request } from 'express';
import { ApiKeyVerifier, type KeyOwner } from './api-key.verifier';
import { KeyUsageRecorder } from './key-usage.recorder';

export type AuthenticatedRequest = Request & { keyOwner: KeyOwner };

/** Every ingest route needs an enterprise API key (`Authorization: Bearer <key>`) unless marked @Public. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: ApiKeyVerifier,
    private readonly usage: KeyUsageRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, key] = (request.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !key) throw new DomainError('unauthenticated', 'Send the enterprise API key as "Authorization: Bearer <key>"');
    const owner = await this.verifier.verify(key);
    if (!owner) throw new DomainError('unauthenticated', 'The API key is unknown or revoked');
    request.keyOwner = owner;
    this.usage.touch(owner.keyId);
    return true;
  }
}
