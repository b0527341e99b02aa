import type { Level } from '@concord/risk-rules';
import { type LevelCounts, addCount, emptyCounts } from '../level-counts';
import type { BoardPart } from './board-part';
import { nextParam } from './board-set.sql';

export interface RegionCountRow {
  child: string | null;
  level: Level;
  n: number;
}

/** Current levels of the set per direct child region of `root` (per county when there is no root). */
export function regionCountsPart(params: unknown[], root: string | null): BoardPart {
  const child = root ? `region_path[array_position(region_path, ${nextParam(params, root)}::uuid) + 1]` : 'region_path[1]';
  return {
    ctes: [`by_region AS (SELECT ${child}::text AS child, level, count(*)::int AS n FROM board_set GROUP BY 1, 2)`],
    json: `(SELECT coalesce(json_agg(by_region), '[]') FROM by_region)`,
  };
}

/** The set's counts, in total and per child region (ordered by id). */
export function toRegionCounts(rows: readonly RegionCountRow[]): { counts: LevelCounts; regions: { regionId: string; counts: LevelCounts }[] } {
  let counts = emptyCounts();
  const regions = new Map<string, LevelCounts>();
  for (const row of rows) {
    counts = addCount(counts, row.level, row.n);
    if (row.child) regions.set(row.child, addCount(regions.get(row.child) ?? emptyCounts(), row.level, row.n));
  }
  return {
    counts,
    regions: [...regions].map(([regionId, regionCounts]) => ({ regionId, counts: regionCounts })).sort((a, b) => a.regionId.localeCompare(b.regionId)),
  };
}
