import { LEVELS, type Level } from '@concord/risk-rules';
import type { BoardSort } from '../board-query';
import type { BoardPart } from './board-part';
import { nextParam } from './board-set.sql';

export interface BoardEnterprise {
  enterpriseId: string;
  name: string;
  regionId: string;
  regionPath: string[];
  industry: string;
  level: Level;
  score: number;
  /** The business day the current level began. */
  since: string | null;
  /** The level at the end of yesterday; null when not yet assessed by then. */
  previousLevel: Level | null;
}

const ORDER: Record<BoardSort, string> = {
  severity: 'severity DESC, score DESC, "enterpriseId"',
  score: 'score DESC, severity DESC, "enterpriseId"',
  name: 'name, "enterpriseId"',
};

/**
 * One page of the set's enterprises; "since" and yesterday's level are looked up for the page's
 * rows only, each by the newest-first index on level_changes.
 */
export function boardPagePart(params: unknown[], page: { level?: Level; sort: BoardSort; limit: number; offset: number; today: string }): BoardPart {
  const levelFilter = page.level ? `WHERE level = ${nextParam(params, page.level)}` : '';
  const today = nextParam(params, page.today);
  return {
    ctes: [
      `page AS (
         SELECT enterprise_id AS "enterpriseId", name, region_id AS "regionId", region_path AS "regionPath", industry, level, score,
                array_position(${nextParam(params, LEVELS)}::text[], level) AS severity
           FROM board_set ${levelFilter}
          ORDER BY ${ORDER[page.sort]} LIMIT ${nextParam(params, page.limit)} OFFSET ${nextParam(params, page.offset)})`,
      `page_rows AS (
         SELECT page.*,
                (SELECT to_char(c.day, 'YYYY-MM-DD') FROM level_changes c
                  WHERE c.enterprise_id = page."enterpriseId" ORDER BY c.day DESC, c.id DESC LIMIT 1) AS since,
                (SELECT c.to_level FROM level_changes c
                  WHERE c.enterprise_id = page."enterpriseId" AND c.day < ${today}::date ORDER BY c.day DESC, c.id DESC LIMIT 1) AS "previousLevel"
           FROM page)`,
    ],
    json: `(SELECT coalesce(json_agg(page_rows ORDER BY ${ORDER[page.sort]}), '[]') FROM page_rows)`,
  };
}

/** The JSON row as the board shows it (without the sort key). */
export function toBoardEnterprise({ severity: _severity, ...row }: BoardEnterprise & { severity: number }): BoardEnterprise {
  return row;
}
