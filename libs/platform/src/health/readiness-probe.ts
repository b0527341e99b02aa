/** A dependency a service cannot serve without; implemented by the database, kafka and queue libs. */
export interface ReadinessProbe {
  readonly dependency: string;
  /** Resolves when the dependency answers; rejects (or times out) otherwise. */
  probe(): Promise<void>;
}

export const PROBE_TIMEOUT_MS = 2_000;

export async function withTimeout<T>(work: Promise<T>, ms = PROBE_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
