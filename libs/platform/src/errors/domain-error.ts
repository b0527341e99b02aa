import type { ErrorCode, FieldProblem } from './error-codes';

/** A failure the caller can act on; carries a stable code that the edge maps to a status. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: FieldProblem[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
