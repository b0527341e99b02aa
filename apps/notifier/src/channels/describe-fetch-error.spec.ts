import { describeFetchError } from './describe-fetch-error';

describe('describeFetchError', () => {
  it('names the timeout (fetch rejects with a DOMException, not an Error)', () => {
    expect(describeFetchError(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), 5_000)).toBe('no answer within 5000 ms');
  });

  it('adds the network cause fetch hides behind "fetch failed"', () => {
    const error = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    expect(describeFetchError(error, 5_000)).toBe('fetch failed: connect ECONNREFUSED 127.0.0.1:9');
  });

  it('says what anything else was', () => {
    expect(describeFetchError('socket hang up', 5_000)).toBe('socket hang up');
  });
});
