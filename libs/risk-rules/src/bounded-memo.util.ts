/**
 * Memoizes a pure one-argument function in a Map that is emptied when it reaches `maxEntries`.
 * Scoring asks the same few thousand calendar questions (a day's number, a timestamp's day)
 * millions of times; the bound keeps a long-running engine's memory flat whatever it is asked.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, maxEntries = 100_000): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(key);
    if (memo.size >= maxEntries) memo.clear();
    memo.set(key, value);
    return value;
  };
}
