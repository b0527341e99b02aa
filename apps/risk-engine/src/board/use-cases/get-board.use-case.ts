import { Injectable } from '@nestjs/common';
import { type EnterpriseScope, type StaffClaims, enterpriseScopeOf, scopeAllowsRegion } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { addDays, isoDayOf } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import type { BoardQuery } from '../board-query';
import type { LevelCounts } from '../level-counts';
import type { BoardEnterprise } from '../readers/board-page.sql';
import type { BoardSet } from '../readers/board-set.sql';
import { readBoard } from '../readers/board.reader';
import type { LevelChange } from '../readers/recent-changes.sql';
import { readRegionPath } from '../readers/region-path.reader';
import { trendBackFrom } from '../running-trend';

export const TREND_DAYS = 90;
export const CHANGES_LIMIT = 50;

export interface Board {
  asOf: string;
  enterprises: BoardEnterprise[];
  /** Enterprises matching every filter, level included. */
  total: number;
  /** Per level, over the region and industry filters: the level filter picks one of these. */
  counts: LevelCounts;
  regions: { regionId: string; counts: LevelCounts }[];
  trend: { day: string; counts: LevelCounts }[];
  changes: LevelChange[];
}

/**
 * The risk board in one answer, inside the caller's scope. Region and industry narrow every part;
 * the level narrows the enterprise list (counts, regions, trend and changes stay over all levels,
 * so the board can show what a level filter would leave). All parts come from one statement.
 */
@Injectable()
export class GetBoardUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(claims: StaffClaims, query: BoardQuery, today = isoDayOf(new Date())): Promise<Board> {
    const scope = enterpriseScopeOf(claims);
    if (scope.kind === 'nothing') throw new DomainError('forbidden', 'this account sees no enterprise on the risk board');
    const manager = this.dataSource.manager;
    if (query.regionId) await assertRegionInScope(manager, scope, query.regionId);
    const set: BoardSet = { scope, regionId: query.regionId, industry: query.industry };
    const root = query.regionId ?? (scope.kind === 'region' ? scope.regionId : null);
    const first = addDays(today, 1 - TREND_DAYS);
    const { counts, regions, enterprises, deltas, changes } = await readBoard(manager, set, { ...query, root, today, deltasAfter: first, changesLimit: CHANGES_LIMIT });
    const trend = trendBackFrom(counts, deltas, today, TREND_DAYS);
    const total = query.level ? counts[query.level] : Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { asOf: today, enterprises, total, counts, regions, trend, changes };
  }
}

/** A region the caller may not see answers 403; so does one no enterprise lies under, unless it is the scope's own root. */
async function assertRegionInScope(manager: EntityManager, scope: EnterpriseScope, regionId: string): Promise<void> {
  const path = (await readRegionPath(manager, regionId)) ?? [regionId];
  if (!scopeAllowsRegion(scope, path)) throw new DomainError('forbidden', `region ${regionId} is outside this account's scope`);
}
