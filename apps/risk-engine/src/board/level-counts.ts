import { LEVELS, type Level } from '@concord/risk-rules';

export type LevelCounts = Record<Level, number>;

export function emptyCounts(): LevelCounts {
  return Object.fromEntries(LEVELS.map((level) => [level, 0])) as LevelCounts;
}

/** A copy of `counts` with `n` more (or fewer) at `level`. */
export function addCount(counts: LevelCounts, level: Level, n: number): LevelCounts {
  return { ...counts, [level]: counts[level] + n };
}
