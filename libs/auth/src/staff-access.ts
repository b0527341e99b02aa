import { Injectable } from '@nestjs/common';
import { DomainError } from '@concord/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { StaffClaims } from './staff-claims';
import { type EnterpriseScope, enterpriseScopeOf, scopeAllows, scopeAllowsRegion } from './staff-scope';

/**
 * Whether one named enterprise or region is inside a staff member's scope, from the directory's
 * published views (`enterprise_profile_v1`, `region_paths_v1`). Out of scope answers 403; so does a
 * name the directory does not know, unless the caller sees everything (then the route's own 404).
 */
@Injectable()
export class StaffAccess {
  constructor(private readonly dataSource: DataSource) {}

  async assertEnterprise(staff: StaffClaims, enterpriseId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!(await this.allowsEnterprise(enterpriseScopeOf(staff), enterpriseId, manager))) {
      throw new DomainError('forbidden', `Enterprise ${enterpriseId} is outside your scope (${describeScope(staff)})`);
    }
  }

  async assertRegion(staff: StaffClaims, regionId: string): Promise<void> {
    const scope = enterpriseScopeOf(staff);
    if (scope.kind === 'everything') return;
    const [region] = await this.dataSource.query<{ path: string[] }[]>(`SELECT path::text[] AS path FROM directory.region_paths_v1 WHERE region_id = $1`, [regionId]);
    if (!region || !scopeAllowsRegion(scope, region.path)) throw new DomainError('forbidden', `Region ${regionId} is outside your scope (${describeScope(staff)})`);
  }

  private async allowsEnterprise(scope: EnterpriseScope, enterpriseId: string, manager: EntityManager): Promise<boolean> {
    if (scope.kind === 'everything' || scope.kind === 'nothing' || scope.kind === 'enterprise') return scopeAllows(scope, { enterpriseId, regionPath: [] });
    const [profile] = await manager.query<{ region_path: string[] }[]>(
      `SELECT region_path::text[] AS region_path FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    return profile !== undefined && scopeAllows(scope, { enterpriseId, regionPath: profile.region_path });
  }
}

/** A SQL condition keeping only rows whose region id column lies in the scope's region subtree. */
export function regionScopeSql(scope: EnterpriseScope, regionIdColumn: string, firstParam: number): { sql: string; params: string[] } {
  if (scope.kind === 'everything') return { sql: 'TRUE', params: [] };
  if (scope.kind !== 'region') return { sql: 'FALSE', params: [] };
  return { sql: `${regionIdColumn} IN (SELECT region_id FROM directory.region_paths_v1 WHERE $${firstParam}::uuid = ANY(path))`, params: [scope.regionId] };
}

function describeScope(staff: StaffClaims): string {
  const scope = enterpriseScopeOf(staff);
  switch (scope.kind) {
    case 'everything':
      return 'everything';
    case 'region':
      return `region ${scope.regionId} and below`;
    case 'enterprise':
      return `enterprise ${scope.enterpriseId} only`;
    case 'nothing':
      return 'no enterprise';
  }
}

/** 403 unless the caller is the person named in the path or an administrator. */
export function assertSelfOrAdmin(staff: StaffClaims, personId: string): void {
  if (staff.sub !== personId && !staff.roles.includes('admin')) throw new DomainError('forbidden', 'Only the person themself or an administrator may see or change this');
}
