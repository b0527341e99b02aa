import { Injectable } from '@nestjs/common';
import { type StaffClaims, enterpriseScopeOf, scopeAllowsRegion } from '@concord/auth';
import { DataSource } from 'typeorm';
import type { ListRegionsQueryDto } from '../http/list-regions.query.dto';
import type { RegionView } from '../region.view';

/** Every region with its path from the county down to itself, from the directory's published view. */
const REGIONS_WITH_PATHS = `
  SELECT r.id, r.name, r.tier, r.parent_id AS "parentId", r.created_at AS "createdAt", rp.path
    FROM directory.regions r JOIN directory.region_paths_v1 rp ON rp.region_id = r.id
   WHERE ($1::text IS NULL OR r.tier = $1) AND ($2::uuid IS NULL OR r.parent_id = $2)
   ORDER BY r.name`;

/**
 * The regions the caller may see: administrators all of them, region-scoped staff their own
 * subtree (their region and everything beneath it), everyone else none.
 */
@Injectable()
export class ListRegionsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: ListRegionsQueryDto, staff: StaffClaims): Promise<RegionView[]> {
    const scope = enterpriseScopeOf(staff);
    const rows = await this.dataSource.query<(RegionView & { path: string[] })[]>(REGIONS_WITH_PATHS, [query.tier ?? null, query.parentId ?? null]);
    return rows.filter((row) => scopeAllowsRegion(scope, row.path)).map(({ id, name, tier, parentId, createdAt }) => ({ id, name, tier, parentId, createdAt }));
  }
}
