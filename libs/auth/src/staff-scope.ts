import type { StaffClaims, StaffRole } from './staff-claims';

/**
 * Which enterprises a staff member may see, decided from the token alone so that every service
 * applies the same answer. Deny by default: a role that is not listed sees no enterprise.
 */
export type EnterpriseScope =
  /** Administrators: the whole federation. */
  | { kind: 'everything' }
  /** Federation staff and rules roles: every enterprise whose region path passes through regionId. */
  | { kind: 'region'; regionId: string }
  /** Committee members: their own enterprise. */
  | { kind: 'enterprise'; enterpriseId: string }
  /** Mediators (they reach enterprises only through their own cases) and malformed accounts. */
  | { kind: 'nothing' };

const REGION_SCOPED_ROLES: readonly StaffRole[] = ['federation_staff', 'rules_editor', 'rules_publisher'];

export function enterpriseScopeOf(claims: Pick<StaffClaims, 'roles' | 'regionId' | 'enterpriseId'>): EnterpriseScope {
  if (claims.roles.includes('admin')) return { kind: 'everything' };
  if (claims.regionId && claims.roles.some((role) => REGION_SCOPED_ROLES.includes(role))) return { kind: 'region', regionId: claims.regionId };
  if (claims.enterpriseId && claims.roles.includes('committee_member')) return { kind: 'enterprise', enterpriseId: claims.enterpriseId };
  return { kind: 'nothing' };
}

/** Whether one enterprise, at the end of the given region path (county → … → own region), is in scope. */
export function scopeAllows(scope: EnterpriseScope, enterprise: { enterpriseId: string; regionPath: readonly string[] }): boolean {
  switch (scope.kind) {
    case 'everything':
      return true;
    case 'region':
      return enterprise.regionPath.includes(scope.regionId);
    case 'enterprise':
      return enterprise.enterpriseId === scope.enterpriseId;
    case 'nothing':
      return false;
  }
}

/** Whether a region (given its own path, county → … → itself) lies inside the scope's subtree. */
export function scopeAllowsRegion(scope: EnterpriseScope, regionPath: readonly string[]): boolean {
  if (scope.kind === 'everything') return true;
  return scope.kind === 'region' && regionPath.includes(scope.regionId);
}

/**
 * A SQL condition keeping only rows whose enterprise id column is in scope, through the
 * directory's published `directory.enterprise_profile_v1` view. Parameters are numbered from
 * `firstParam` so the fragment can join any query; the caller appends `params` in order.
 */
export function enterpriseScopeSql(scope: EnterpriseScope, enterpriseIdColumn: string, firstParam: number): { sql: string; params: string[] } {
  switch (scope.kind) {
    case 'everything':
      return { sql: 'TRUE', params: [] };
    case 'region':
      return {
        sql: `${enterpriseIdColumn} IN (SELECT enterprise_id FROM directory.enterprise_profile_v1 WHERE $${firstParam}::uuid = ANY(region_path))`,
        params: [scope.regionId],
      };
    case 'enterprise':
      return { sql: `${enterpriseIdColumn} = $${firstParam}::uuid`, params: [scope.enterpriseId] };
    case 'nothing':
      return { sql: 'FALSE', params: [] };
  }
}
