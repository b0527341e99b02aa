import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type StaffClaims, type StaffRequest, staffClaims } from '@concord/auth';
import { CORRELATION_HEADER } from '@concord/platform';
import type { NextFunction, Request, Response } from 'express';
import { AuditLog } from './audit-log';
import { auditedPath, targetIdsOf } from './audited-path';

const CHANGING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Login attempts are audited by the login itself, with what only it knows (who, which email). */
const SELF_AUDITED_PATHS = new Set(['/v1/auth/login']);

/**
 * Express middleware, mounted before the gateway and the console's routes, that records every
 * change a staff member makes once its response is over (sent, or the connection dropped), with
 * the status the caller got. Console routes have been through the staff guard (`req.staff`);
 * proxied ones have not, so their token is verified here just to know who sent it: a request
 * without a valid token was refused by its owner and is not a staff action.
 */
@Injectable()
export class StaffChangeAuditor {
  constructor(
    private readonly auditLog: AuditLog,
    private readonly jwt: JwtService,
  ) {}

  readonly middleware = (req: Request & StaffRequest, res: Response, next: NextFunction): void => {
    if (CHANGING_METHODS.has(req.method) && !SELF_AUDITED_PATHS.has(req.path)) {
      const originalUrl = req.originalUrl;
      res.once('close', () => void this.recordChange(req, res, originalUrl));
    }
    next();
  };

  private async recordChange(req: Request & StaffRequest, res: Response, originalUrl: string): Promise<void> {
    const staff = req.staff ?? (await this.verifiedCaller(req));
    if (!staff) return;
    await this.auditLog.record({
      action: 'request',
      personId: staff.sub,
      roles: staff.roles,
      method: req.method,
      path: auditedPath(originalUrl),
      targetIds: targetIdsOf(originalUrl),
      // A response cut short before its head was sent has no status the caller saw.
      status: res.headersSent ? res.statusCode : null,
      correlationId: req.header(CORRELATION_HEADER) ?? null,
    });
  }

  private async verifiedCaller(req: Request): Promise<StaffClaims | undefined> {
    const [scheme, token] = (req.header('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) return undefined;
    try {
      const claims = staffClaims.safeParse(await this.jwt.verifyAsync(token, { algorithms: ['HS256'] }));
      return claims.success ? claims.data : undefined;
    } catch {
      return undefined;
    }
  }
}
