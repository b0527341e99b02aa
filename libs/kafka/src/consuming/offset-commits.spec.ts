import { OffsetCommits, type PartitionOffset } from './offset-commits';

/** A commit request the test answers by hand, so it decides what is in flight when. */
interface Request {
  offsets: PartitionOffset[];
  succeed: () => void;
  fail: (error: Error) => void;
}

function recordingCommits(): { commits: OffsetCommits; requests: Request[] } {
  const requests: Request[] = [];
  const commits = new OffsetCommits(
    (offsets) =>
      new Promise<void>((resolve, reject) => {
        requests.push({ offsets, succeed: resolve, fail: reject });
      }),
  );
  return { commits, requests };
}

const at = (partition: number, offset: number): PartitionOffset => ({ topic: 'hr.events', partition, offset: String(offset) });
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('OffsetCommits', () => {
  it('sends a commit at once when none is in flight', async () => {
    const { commits, requests } = recordingCommits();
    const done = commits.commit(at(0, 5));
    expect(requests.map((request) => request.offsets)).toEqual([[at(0, 5)]]);
    requests[0].succeed();
    await expect(done).resolves.toBeUndefined();
  });

  it('gathers the commits that arrive while one is in flight into the next request, the latest offset of each partition', async () => {
    const { commits, requests } = recordingCommits();
    const first = commits.commit(at(0, 5));
    const waiting = [commits.commit(at(1, 3)), commits.commit(at(2, 9)), commits.commit(at(1, 4))];
    expect(requests).toHaveLength(1);

    requests[0].succeed();
    await first;
    await settled();
    expect(requests.map((request) => request.offsets)).toEqual([[at(0, 5)], [at(1, 4), at(2, 9)]]);

    let resolved = 0;
    for (const commit of waiting) void commit.then(() => resolved++);
    await settled();
    expect(resolved).toBe(0);
    requests[1].succeed();
    await Promise.all(waiting);
    expect(resolved).toBe(3);
  });

  it('fails every commit the failed request carried, and sends later ones afresh', async () => {
    const { commits, requests } = recordingCommits();
    const first = commits.commit(at(0, 5));
    const gathered = [commits.commit(at(1, 3)), commits.commit(at(2, 9))];
    requests[0].succeed();
    await first;
    await settled();

    requests[1].fail(new Error('rebalance in progress'));
    for (const commit of gathered) await expect(commit).rejects.toThrow('rebalance in progress');

    const later = commits.commit(at(1, 3));
    expect(requests.map((request) => request.offsets)).toEqual([[at(0, 5)], [at(1, 3), at(2, 9)], [at(1, 3)]]);
    requests[2].succeed();
    await expect(later).resolves.toBeUndefined();
  });
});
