import type { EntityManager } from 'typeorm';

/**
 * A region's path (county → … → the region) as the directory's enterprise profiles show it, or
 * undefined when no enterprise lies under it: this service sees regions only through them.
 */
export async function readRegionPath(manager: EntityManager, regionId: string): Promise<string[] | undefined> {
  const [row] = await manager.query<{ path: string[] }[]>(
    `SELECT (region_path[1:array_position(region_path, $1::uuid)])::text[] AS path
       FROM directory.enterprise_profile_v1 WHERE $1::uuid = ANY(region_path) LIMIT 1`,
    [regionId],
  );
  return row?.path;
}
