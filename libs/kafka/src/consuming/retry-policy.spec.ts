import { DEFAULT_RETRY_POLICY, retryDelayMs } from './retry-policy';

describe('retryDelayMs', () => {
  it('doubles from the initial delay and stops at the cap', () => {
    const delays = [1, 2, 3, 7, 8, 12].map((attempt) => retryDelayMs(DEFAULT_RETRY_POLICY, attempt));
    expect(delays).toEqual([200, 400, 800, 12_800, 15_000, 15_000]);
  });
});
