import type { OffsetSample } from './consumer-offsets';

/** The part of the run measured: after the warm-up, until the clients stop sending (Date.now() instants). */
export interface Window {
  from: number;
  to: number;
}

export const seconds = (window: Window): number => (window.to - window.from) / 1000;

/** Instants (ms) that fall in the window, per second of it. */
export function ratePerSecond(instants: Iterable<number>, window: Window): number {
  let n = 0;
  for (const at of instants) if (at >= window.from && at < window.to) n++;
  return n / seconds(window);
}

/** Messages a subscription committed per second between the first sample in the window and the last. */
export function committedPerSecond(samples: readonly OffsetSample[], label: string, window: Window): number {
  const inside = samples.filter((s) => s.at >= window.from && s.at <= window.to);
  const first = inside.at(0);
  const last = inside.at(-1);
  if (!first || !last || last.at === first.at) return Number.NaN;
  return ((last.positions[label].committed - first.positions[label].committed) * 1000) / (last.at - first.at);
}

/** A subscription's consumer lag (end − committed) over the window's samples. */
export function lagOver(samples: readonly OffsetSample[], label: string, window: Window): { mean: number; max: number } {
  const lags = samples.filter((s) => s.at >= window.from && s.at <= window.to).map((s) => s.positions[label].end - s.positions[label].committed);
  return { mean: lags.reduce((a, b) => a + b, 0) / Math.max(1, lags.length), max: Math.max(0, ...lags) };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
