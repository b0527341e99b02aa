import { randomUUID } from 'node:crypto';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { throwError } from 'rxjs';
import { ZodError } from 'zod';
import { DomainError } from './domain-error';
import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldProblem } from './error-codes';

const STATUS_CODES = new Map<number, ErrorCode>(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * The one place where failures become HTTP responses. Clients get a stable code, a message and,
 * for validation, every field path; an unexpected failure gets a 500 with an error id that is
 * also logged, and never its internals. Kafka handlers share this filter (inheritAppConfig), and
 * for them the error is passed back so the consumer can retry or dead-letter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return throwError(() => exception);
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body, retryAfterSeconds } = this.describe(exception);
    if (retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(retryAfterSeconds));
    response.status(status).json(body);
    return undefined;
  }

  private describe(exception: unknown): { status: number; body: ErrorBody; retryAfterSeconds?: number } {
    if (exception instanceof DomainError) {
      return {
        status: ERROR_STATUS[exception.code],
        body: { error: exception.code, message: exception.message, problems: exception.problems },
        retryAfterSeconds: exception.retryAfterSeconds,
      };
    }
    const zodError = asZodError(exception);
    if (zodError) {
      return {
        status: 400,
        body: { error: 'validation_failed', message: 'The request does not match its contract', problems: problemsOf(zodError) },
      };
    }
    if (exception instanceof HttpException && exception.getStatus() === 503) {
      // Readiness (terminus) reports which dependency is down; keep its details for operators.
      const details = exception.getResponse();
      return { status: 503, body: { error: 'unavailable', message: exception.message, ...(typeof details === 'object' ? { details } : {}) } };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return { status, body: { error: STATUS_CODES.get(status) ?? 'validation_failed', message: exception.message } };
    }
    const errorId = randomUUID();
    this.logger.error({ err: exception, errorId }, 'unhandled error');
    return { status: 500, body: { error: 'internal', message: 'Internal error; quote the error id when reporting it', errorId } };
  }
}

function asZodError(exception: unknown): ZodError | undefined {
  if (exception instanceof ZodError) return exception;
  // nestjs-zod's validation pipe wraps the ZodError in a BadRequestException.
  const wrapped = (exception as { getZodError?: () => unknown })?.getZodError?.();
  return wrapped instanceof ZodError ? wrapped : undefined;
}

function problemsOf(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: issue.path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(root)',
    message: issue.message,
  }));
}
