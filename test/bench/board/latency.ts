import { performance } from 'node:perf_hooks';

export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

/** The nearest-rank percentile of ascending `sorted` milliseconds. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `once` `warmup` times untimed, then `n` times one after another, timing each call. */
export async function measure(n: number, warmup: number, once: () => Promise<void>): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await once();
  const ms: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const start = performance.now();
    await once();
    ms.push(performance.now() - start);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), samples: n };
}
