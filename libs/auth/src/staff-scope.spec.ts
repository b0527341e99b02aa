import fc from 'fast-check';
import { STAFF_ROLES, type StaffRole } from './staff-claims';
import { enterpriseScopeOf, enterpriseScopeSql, scopeAllows, scopeAllowsRegion } from './staff-scope';

const COUNTY: string = '00000000-0000-4000-8000-000000000001';
const STREET_A: string = '00000000-0000-4000-8000-00000000000a';
const STREET_B: string = '00000000-0000-4000-8000-00000000000b';
const ENTERPRISE = '00000000-0000-4000-8000-0000000000e1';
const OTHER_ENTERPRISE = '00000000-0000-4000-8000-0000000000e2';

describe('enterpriseScopeOf', () => {
  it('gives administrators everything, even when they also hold a region', () => {
    expect(enterpriseScopeOf({ roles: ['admin', 'federation_staff'], regionId: STREET_A, enterpriseId: null })).toEqual({ kind: 'everything' });
  });

  it('limits federation staff and rules roles to their region subtree', () => {
    for (const role of ['federation_staff', 'rules_editor', 'rules_publisher'] as const) {
      expect(enterpriseScopeOf({ roles: [role], regionId: STREET_A, enterpriseId: null })).toEqual({ kind: 'region', regionId: STREET_A });
    }
  });

  it('limits committee members to their own enterprise', () => {
    expect(enterpriseScopeOf({ roles: ['committee_member'], regionId: null, enterpriseId: ENTERPRISE })).toEqual({ kind: 'enterprise', enterpriseId: ENTERPRISE });
  });

  it('gives mediators and region-less staff nothing', () => {
    expect(enterpriseScopeOf({ roles: ['mediator'], regionId: COUNTY, enterpriseId: null })).toEqual({ kind: 'nothing' });
    expect(enterpriseScopeOf({ roles: ['federation_staff'], regionId: null, enterpriseId: null })).toEqual({ kind: 'nothing' });
  });

  it('never lets a non-administrator see an enterprise outside their subtree or their own enterprise (property)', () => {
    const regions = [COUNTY, STREET_A, STREET_B];
    fc.assert(
      fc.property(
        fc.subarray(STAFF_ROLES.filter((role): role is Exclude<StaffRole, 'admin'> => role !== 'admin') as StaffRole[], { minLength: 1 }),
        fc.option(fc.constantFrom(...regions)),
        fc.option(fc.constantFrom(ENTERPRISE, OTHER_ENTERPRISE)),
        fc.constantFrom([COUNTY, STREET_A], [COUNTY, STREET_B]),
        fc.constantFrom(ENTERPRISE, OTHER_ENTERPRISE),
        (roles, regionId, enterpriseId, regionPath, target) => {
          const scope = enterpriseScopeOf({ roles, regionId, enterpriseId });
          if (!scopeAllows(scope, { enterpriseId: target, regionPath })) return;
          const byRegion = regionId !== null && regionPath.includes(regionId);
          const byOwnEnterprise = enterpriseId === target && roles.includes('committee_member');
          expect(byRegion || byOwnEnterprise).toBe(true);
        },
      ),
    );
  });
});

describe('scopeAllows and scopeAllowsRegion', () => {
  const streetStaff = enterpriseScopeOf({ roles: ['federation_staff'], regionId: STREET_A, enterpriseId: null });

  it('lets a street see its own enterprises and regions but not the next street or the county', () => {
    expect(scopeAllows(streetStaff, { enterpriseId: ENTERPRISE, regionPath: [COUNTY, STREET_A] })).toBe(true);
    expect(scopeAllows(streetStaff, { enterpriseId: ENTERPRISE, regionPath: [COUNTY, STREET_B] })).toBe(false);
    expect(scopeAllowsRegion(streetStaff, [COUNTY, STREET_A])).toBe(true);
    expect(scopeAllowsRegion(streetStaff, [COUNTY])).toBe(false);
    expect(scopeAllowsRegion(streetStaff, [COUNTY, STREET_B])).toBe(false);
  });
});

describe('enterpriseScopeSql', () => {
  it('numbers its parameter after the caller’s and names the column it filters', () => {
    expect(enterpriseScopeSql({ kind: 'region', regionId: STREET_A }, 'r.enterprise_id', 3)).toEqual({
      sql: 'r.enterprise_id IN (SELECT enterprise_id FROM directory.enterprise_profile_v1 WHERE $3::uuid = ANY(region_path))',
      params: [STREET_A],
    });
    expect(enterpriseScopeSql({ kind: 'enterprise', enterpriseId: ENTERPRISE }, 'enterprise_id', 1)).toEqual({ sql: 'enterprise_id = $1::uuid', params: [ENTERPRISE] });
    expect(enterpriseScopeSql({ kind: 'everything' }, 'x', 1).sql).toBe('TRUE');
    expect(enterpriseScopeSql({ kind: 'nothing' }, 'x', 1).sql).toBe('FALSE');
  });
});
