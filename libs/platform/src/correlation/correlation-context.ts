import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** Header that carries the correlation id over HTTP and as a Kafka message header. */
export const CORRELATION_HEADER = 'x-correlation-id';

const storage = new AsyncLocalStorage<{ correlationId: string }>();

export function runWithCorrelation<T>(correlationId: string | undefined, work: () => T): T {
  return storage.run({ correlationId: correlationId || randomUUID() }, work);
}

export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}

/** The current correlation id as message headers (empty outside a correlation context). */
export function correlationHeaders(): Record<string, string> {
  const correlationId = currentCorrelationId();
  return correlationId ? { [CORRELATION_HEADER]: correlationId } : {};
}
