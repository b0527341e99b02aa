export type Level = 'GREEN' | 'BLUE' | 'YELLOW' | 'ORANGE' | 'RED';

/** Ascending severity; a level's index is its rank. */
export const LEVELS: readonly Level[] = Object.freeze(['GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED']);

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

export function levelRank(level: Level): number {
  const rank = LEVELS.indexOf(level);
  if (rank < 0) throw new RangeError(`Unknown level: ${String(level)}`);
  return rank;
}

/** The most severe of the given levels; GREEN when none are given. */
export function maxLevel(...levels: Level[]): Level {
  return levels.reduce<Level>((max, level) => (levelRank(level) > levelRank(max) ? level : max), 'GREEN');
}
