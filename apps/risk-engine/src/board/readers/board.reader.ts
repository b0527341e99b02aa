import type { Level } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import type { BoardSort } from '../board-query';
import type { LevelCounts } from '../level-counts';
import type { LevelDelta } from '../running-trend';
import { type BoardEnterprise, boardPagePart, toBoardEnterprise } from './board-page.sql';
import { type BoardSet, boardSetCte } from './board-set.sql';
import { levelDeltasPart } from './level-deltas.sql';
import { type LevelChange, recentChangesPart, toLevelChange } from './recent-changes.sql';
import { type RegionCountRow, regionCountsPart, toRegionCounts } from './region-counts.sql';

export interface BoardRead {
  counts: LevelCounts;
  regions: { regionId: string; counts: LevelCounts }[];
  enterprises: BoardEnterprise[];
  /** Net changes per day after `deltasAfter`. */
  deltas: LevelDelta[];
  changes: LevelChange[];
}

/**
 * Every part of the board in one statement, so the set (directory view joined to current risk,
 * in scope and filtered) is computed once and every part reads the same snapshot.
 */
export async function readBoard(
  manager: EntityManager,
  set: BoardSet,
  read: { root: string | null; level?: Level; sort: BoardSort; limit: number; offset: number; today: string; deltasAfter: string; changesLimit: number },
): Promise<BoardRead> {
  const cte = boardSetCte(set);
  const params = cte.params;
  const parts = {
    byRegion: regionCountsPart(params, read.root),
    page: boardPagePart(params, read),
    deltas: levelDeltasPart(params, read.deltasAfter),
    changes: recentChangesPart(params, read.today, read.changesLimit),
  };
  const ctes = [cte.sql, ...Object.values(parts).flatMap((part) => part.ctes)];
  const [row] = await manager.query<
    { by_region: RegionCountRow[]; page: (BoardEnterprise & { severity: number })[]; deltas: LevelDelta[]; changes: (LevelChange & { id: number })[] }[]
  >(
    `WITH ${ctes.join(',\n')}
     SELECT ${parts.byRegion.json} AS by_region, ${parts.page.json} AS page, ${parts.deltas.json} AS deltas, ${parts.changes.json} AS changes`,
    params,
  );
  return {
    ...toRegionCounts(row.by_region),
    enterprises: row.page.map(toBoardEnterprise),
    deltas: row.deltas,
    changes: row.changes.map(toLevelChange),
  };
}
