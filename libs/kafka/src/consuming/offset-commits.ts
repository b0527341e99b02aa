export interface PartitionOffset {
  topic: string;
  partition: number;
  /** The next offset to consume (the last handled one + 1). */
  offset: string;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The offset commits of partitions handled concurrently, sent one request at a time: commits that
 * arrive while one is in flight go together in the next (a later offset of a partition replaces
 * an earlier one). Each caller resolves once a request carrying its offset succeeded, and fails
 * with the request that carried it.
 *
 * Why: with a commit per partition, the batches of one fetch sent their commits at once, and
 * against the dev broker every few rounds all but the first waited 40 ms (its later responses
 * held back until the TCP acknowledgement of the first: Nagle's algorithm on the broker's socket,
 * delayed ACK on ours; setNoDelay on our side did not help). The consumer fetches again only once
 * every batch of the round is done, so that stall was the round's length. One request at a time
 * also means fewer commit requests for a real Kafka coordinator.
 */
export class OffsetCommits {
  private pending = new Map<string, PartitionOffset>();
  private waiters: Waiter[] = [];
  private inFlight = false;

  constructor(private readonly send: (offsets: PartitionOffset[]) => Promise<void>) {}

  commit(offset: PartitionOffset): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.set(`${offset.topic}|${offset.partition}`, offset);
      this.waiters.push({ resolve, reject });
      void this.sendPending();
    });
  }

  private async sendPending(): Promise<void> {
    if (this.inFlight || this.waiters.length === 0) return;
    const offsets = [...this.pending.values()];
    const waiters = this.waiters;
    this.pending = new Map();
    this.waiters = [];
    this.inFlight = true;
    try {
      await this.send(offsets);
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
    } finally {
      this.inFlight = false;
      void this.sendPending();
    }
  }
}
