import { PeriodicTask } from './periodic-task';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PeriodicTask', () => {
  it('runs at once when asked, then every period, never two runs at a time', async () => {
    let runs = 0;
    let concurrent = 0;
    let mostConcurrent = 0;
    const task = new PeriodicTask(async () => {
      runs += 1;
      concurrent += 1;
      mostConcurrent = Math.max(mostConcurrent, concurrent);
      await sleep(35); // longer than the period: the ticks in between skip
      concurrent -= 1;
    }, fail);
    task.start(10, { runNow: true });
    expect(runs).toBe(1);
    await sleep(120);
    await task.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(mostConcurrent).toBe(1);
  });

  it('reports a failed run and tries again at the next tick', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const task = new PeriodicTask(
      () => {
        runs += 1;
        return runs === 1 ? Promise.reject(new Error('database away')) : Promise.resolve();
      },
      (error) => errors.push(error),
    );
    task.start(10);
    await sleep(60);
    await task.stop();
    expect(errors).toEqual([new Error('database away')]);
    expect(runs).toBeGreaterThanOrEqual(2);
  });

  it('stops ticking, and stop() waits for the run in progress', async () => {
    let finished = false;
    let runs = 0;
    const task = new PeriodicTask(async () => {
      runs += 1;
      await sleep(30);
      finished = true;
    }, fail);
    task.start(1_000, { runNow: true });
    await task.stop();
    expect(finished).toBe(true);
    await sleep(30);
    expect(runs).toBe(1);
  });
});

function fail(error: unknown): never {
  throw error;
}
