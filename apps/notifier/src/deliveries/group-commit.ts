import DataLoader from 'dataloader';

/**
 * How long a delivery job waits for others to share its statement. Delivery workers run many jobs
 * at once, each a few milliseconds apart; one statement per window instead of one per job (and
 * one commit instead of one per job) is what lets the delivery path keep up with the consumer.
 */
export const GROUP_WINDOW_MS = 3;
const MAX_GROUP = 200;

/**
 * Statements of concurrent delivery jobs gathered into one, with DataLoader (no caching: every
 * call reads or writes afresh). Each caller still awaits its own result, so a job completes only
 * after its row is read or committed, exactly as with a statement of its own.
 */
export function groupCommit<K, V>(run: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(run, { cache: false, maxBatchSize: MAX_GROUP, batchScheduleFn: (flush) => setTimeout(flush, GROUP_WINDOW_MS) });
}
