import { FetchGroup } from './fetch-group';

const WINDOW_MS = 5;

/** A group whose call succeeds and records the items it was handed. */
function recordingGroup(): { calls: number[][]; group: FetchGroup<number> } {
  const calls: number[][] = [];
  const group = new FetchGroup<number>((items) => {
    calls.push(items);
    return Promise.resolve(true);
  }, WINDOW_MS);
  return { calls, group };
}

describe('FetchGroup', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('hands the batches that join within the window to one call, in the order they joined', async () => {
    const { calls, group } = recordingGroup();

    const joined = [group.join([1, 2]), group.join([3]), group.join([4, 5])];
    expect(calls).toEqual([]);
    await jest.advanceTimersByTimeAsync(WINDOW_MS);

    expect(calls).toEqual([[1, 2, 3, 4, 5]]);
    await expect(Promise.all(joined)).resolves.toEqual([true, true, true]);
  });

  it('starts a new group for a batch that joins after the window closed', async () => {
    const { calls, group } = recordingGroup();

    const first = group.join([1]);
    await jest.advanceTimersByTimeAsync(WINDOW_MS);
    const second = group.join([2]);
    await jest.advanceTimersByTimeAsync(WINDOW_MS);

    expect(calls).toEqual([[1], [2]]);
    await expect(Promise.all([first, second])).resolves.toEqual([true, true]);
  });

  it('tells every member when the call failed, whether it answered false or threw', async () => {
    const answers = [() => Promise.resolve(false), () => Promise.reject(new Error('database gone'))];
    const group = new FetchGroup<number>(() => (answers.shift() as () => Promise<boolean>)(), WINDOW_MS);

    const refused = [group.join([1]), group.join([2])];
    await jest.advanceTimersByTimeAsync(WINDOW_MS);
    await expect(Promise.all(refused)).resolves.toEqual([false, false]);

    const thrown = [group.join([3]), group.join([4])];
    await jest.advanceTimersByTimeAsync(WINDOW_MS);
    await expect(Promise.all(thrown)).resolves.toEqual([false, false]);
  });
});
