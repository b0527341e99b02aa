import type { Level } from '@concord/risk-rules';
import type { BoardPart } from './board-part';
import { nextParam } from './board-set.sql';

export interface LevelChange {
  enterpriseId: string;
  name: string;
  regionId: string;
  /** The level at the end of yesterday; null for an enterprise first assessed today. */
  from: Level | null;
  to: Level;
  score: number;
  /** When the engine recorded the latest change (ISO instant). */
  changedAt: string;
}

/**
 * Enterprises of the set whose current level differs from yesterday's, newest change first. Only
 * an enterprise with a change dated today can differ, so the candidates come from today's rows.
 */
export function recentChangesPart(params: unknown[], today: string, limit: number): BoardPart {
  const day = nextParam(params, today);
  return {
    ctes: [
      `moved AS (SELECT enterprise_id, max(id) AS last_id FROM level_changes WHERE day >= ${day}::date GROUP BY enterprise_id)`,
      `changes AS (
         SELECT s.enterprise_id AS "enterpriseId", s.name, s.region_id AS "regionId", yesterday.to_level AS "from", s.level AS "to", s.score,
                c.changed_at AS "changedAt", c.id
           FROM moved
           JOIN board_set s ON s.enterprise_id = moved.enterprise_id
           JOIN level_changes c ON c.id = moved.last_id
           LEFT JOIN LATERAL (
             SELECT y.to_level FROM level_changes y
              WHERE y.enterprise_id = s.enterprise_id AND y.day < ${day}::date ORDER BY y.day DESC, y.id DESC LIMIT 1) yesterday ON true
          WHERE yesterday.to_level IS DISTINCT FROM s.level
          ORDER BY c.changed_at DESC, c.id DESC
          LIMIT ${nextParam(params, limit)})`,
    ],
    json: `(SELECT coalesce(json_agg(changes ORDER BY "changedAt" DESC, id DESC), '[]') FROM changes)`,
  };
}

/** The JSON row as the board shows it: an ISO instant, no sort key. */
export function toLevelChange({ id: _id, changedAt, ...row }: LevelChange & { id: number }): LevelChange {
  return { ...row, changedAt: new Date(changedAt).toISOString() };
}
