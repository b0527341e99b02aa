import type { QueueName } from '@concord/contracts';

export interface QueueSettings {
  prefix: string;
  /** Queues this process works on (it may enqueue to others). */
  workOn: QueueName[];
  concurrency: number;
}
