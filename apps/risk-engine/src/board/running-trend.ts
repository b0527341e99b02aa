import { type Level, addDays } from '@concord/risk-rules';
import { type LevelCounts, addCount } from './level-counts';

/** How many enterprises entered (positive) or left (negative) a level on a day. */
export interface LevelDelta {
  day: string;
  level: Level;
  n: number;
}

/**
 * Counts per level at the end of each of the `days` days ending `today`, walked back from the
 * `current` counts: a day's counts are the current ones less every change dated after it. So only
 * the changes dated after the first day are needed, not the year before it.
 *
 * @param deltas every net change of the set dated after the first day (later than today included)
 */
export function trendBackFrom(current: LevelCounts, deltas: readonly LevelDelta[], today: string, days: number): { day: string; counts: LevelCounts }[] {
  const first = addDays(today, 1 - days);
  const undo = (counts: LevelCounts, delta: LevelDelta) => addCount(counts, delta.level, -delta.n);
  let counts = deltas.filter((delta) => delta.day > today).reduce(undo, current);
  const trend: { day: string; counts: LevelCounts }[] = [];
  for (let day = today; day >= first; day = addDays(day, -1)) {
    trend.push({ day, counts });
    counts = deltas.filter((delta) => delta.day === day).reduce(undo, counts);
  }
  return trend.reverse();
}
