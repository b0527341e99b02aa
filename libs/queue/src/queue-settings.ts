import type { QueueName } from '@concord/contracts';

export interface QueueSettings {
  prefix: string;
  /** Queues this process works on (it may enqueue to others). */
  workOn: QueueName[];
  /** Jobs the worker of each queue runs at once; a queue not named runs DEFAULT_CONCURRENCY. */
  concurrency: Partial<Record<QueueName, number>>;
}

export const DEFAULT_CONCURRENCY = 10;
