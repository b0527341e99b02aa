interface ErrorLike {
  name?: unknown;
  message: string;
  cause?: unknown;
}

/**
 * Duck-typed rather than `instanceof Error`: fetch rejects with a DOMException on timeout, which is
 * no Error, and its errors come from Node's own realm, which is not the one jest runs tests in.
 */
function isErrorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string';
}

/** A readable reason for a failed fetch, naming the timeout when it was one. */
export function describeFetchError(error: unknown, timeoutMs: number): string {
  if (!isErrorLike(error)) return String(error);
  if (error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  // fetch reports network failures as "fetch failed" with the real reason in `cause`.
  const cause = isErrorLike(error.cause) ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
