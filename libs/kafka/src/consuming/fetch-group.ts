/**
 * Gathers the partition batches a consumer is handed together (one fetch gives each of its
 * partitions a batch, and kafkajs starts them within a few ticks of each other) into one call of
 * `run`, so a batch handler pays its per-transaction cost once for all of them instead of once per
 * partition. A group closes `windowMs` after its first batch joins; every member learns the shared
 * outcome, and on failure handles its own batch as it would have alone.
 */
export class FetchGroup<T> {
  private members: { items: readonly T[]; settle: (handled: boolean) => void }[] = [];

  constructor(
    private readonly run: (items: T[]) => Promise<boolean>,
    private readonly windowMs: number,
  ) {}

  /** Resolves true when the group's call handled these items (with the others), false when it failed. */
  join(items: readonly T[]): Promise<boolean> {
    return new Promise((settle) => {
      if (this.members.length === 0) setTimeout(() => this.close(), this.windowMs);
      this.members.push({ items, settle });
    });
  }

  private close(): void {
    const members = this.members;
    this.members = [];
    const settleAll = (handled: boolean) => {
      for (const member of members) member.settle(handled);
    };
    this.run(members.flatMap((member) => member.items)).then(settleAll, () => settleAll(false));
  }
}
