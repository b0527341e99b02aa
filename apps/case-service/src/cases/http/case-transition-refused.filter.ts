import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { ErrorBody } from '@concord/platform';
import type { Response } from 'express';
import { CaseTransitionRefused } from '../use-cases/apply-case-transition.use-case';

/**
 * A refused command is the caller's conflict with the case's current stage, never a server error:
 * 409 with the workflow's stable code, its message, and the stage and command it was refused in.
 */
@Catch(CaseTransitionRefused)
export class CaseTransitionRefusedFilter implements ExceptionFilter {
  catch(exception: CaseTransitionRefused, host: ArgumentsHost): void {
    const { code, message, stage, command } = exception.refusal;
    const body: ErrorBody = { error: 'conflict', message, details: { code, stage, command } };
    host.switchToHttp().getResponse<Response>().status(409).json(body);
  }
}
