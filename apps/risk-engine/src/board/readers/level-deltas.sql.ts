import type { BoardPart } from './board-part';
import { nextParam } from './board-set.sql';

/**
 * Net level changes of the set per day after `after` (as LevelDelta rows): each change moves one
 * enterprise out of its from-level (none for a first assessment) and into its to-level. A range
 * scan of level_changes by day: a few rows per enterprise a quarter.
 */
export function levelDeltasPart(params: unknown[], after: string): BoardPart {
  return {
    ctes: [
      `deltas AS (
         SELECT to_char(c.day, 'YYYY-MM-DD') AS day, moved.level, sum(moved.n)::int AS n
           FROM level_changes c
           JOIN board_set s ON s.enterprise_id = c.enterprise_id
          CROSS JOIN LATERAL (VALUES (c.to_level, 1), (c.from_level, -1)) AS moved(level, n)
          WHERE moved.level IS NOT NULL AND c.day > ${nextParam(params, after)}::date
          GROUP BY 1, 2
         HAVING sum(moved.n) <> 0)`,
    ],
    json: `(SELECT coalesce(json_agg(deltas), '[]') FROM deltas)`,
  };
}
