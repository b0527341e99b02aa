export interface RetryPolicy {
  /** Attempts before a failing message is dead-lettered. */
  maxAttempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

/** About a minute and a half of retries: enough to ride out a database or broker restart. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 12, initialDelayMs: 200, maxDelayMs: 15_000 };

export function retryDelayMs(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
}
