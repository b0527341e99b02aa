import { type EnterpriseScope, enterpriseScopeSql } from '@concord/auth';

/** Which assessed enterprises the board covers: the caller's scope narrowed by region and industry. */
export interface BoardSet {
  scope: EnterpriseScope;
  regionId?: string;
  industry?: string;
}

/**
 * The CTE `board_set(enterprise_id, name, region_id, region_path, industry, level, score)`: every
 * enterprise of the set with its current risk; enterprises never assessed are not on the board.
 * Its parameters are $1…$n; a query appends its own after them.
 */
export function boardSetCte(set: BoardSet): { sql: string; params: unknown[] } {
  const scope = enterpriseScopeSql(set.scope, 'p.enterprise_id', 1);
  const params: unknown[] = [...scope.params];
  const conditions = [scope.sql];
  if (set.regionId) {
    params.push(set.regionId);
    conditions.push(`$${params.length}::uuid = ANY(p.region_path)`);
  }
  if (set.industry) {
    params.push(set.industry);
    conditions.push(`p.industry = $${params.length}`);
  }
  return {
    sql: `board_set AS MATERIALIZED (
       SELECT p.enterprise_id, p.name, p.region_id, p.region_path, p.industry, r.level, r.score
         FROM directory.enterprise_profile_v1 p
         JOIN enterprise_risk r ON r.enterprise_id = p.enterprise_id
        WHERE ${conditions.join(' AND ')})`,
    params,
  };
}

/** `$n` for the next parameter after `params`, which it appends `value` to. */
export function nextParam(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}
