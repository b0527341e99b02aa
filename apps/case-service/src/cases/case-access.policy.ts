import type { StaffClaims, StaffRole } from '@concord/auth';
import { enterpriseScopeOf, enterpriseScopeSql } from '@concord/auth';
import { DomainError } from '@concord/platform';
import type { EntityManager } from 'typeorm';

/**
 * Who may see and work a case (the README's "Access control" table):
 * - read: administrators; federation staff whose region subtree holds the case's enterprise;
 *   committee members of that enterprise; mediators seated on the case (active assignment);
 * - act (workflow commands, notes, documents): administrators, federation staff in scope, and
 *   mediators seated on the case.
 * Rules roles have a region scope in the token but no duties on cases, so only the roles named
 * here count towards a case's scope.
 */
export const CASE_READERS: readonly StaffRole[] = ['admin', 'federation_staff', 'committee_member', 'mediator'];
export const CASE_ACTORS: readonly StaffRole[] = ['admin', 'federation_staff', 'mediator'];
const STAFF_WHO_READ: readonly StaffRole[] = ['admin', 'federation_staff', 'committee_member'];
const STAFF_WHO_ACT: readonly StaffRole[] = ['admin', 'federation_staff'];

type CaseDuty = 'read' | 'act';

/**
 * A SQL condition on the case alias `c` keeping the cases the caller may read or act on;
 * parameters are numbered from `firstParam` and appended by the caller in order.
 */
export function caseScopeSql(staff: StaffClaims, duty: CaseDuty, firstParam: number): { sql: string; params: string[] } {
  const staffRoles = duty === 'read' ? STAFF_WHO_READ : STAFF_WHO_ACT;
  const scope = enterpriseScopeOf({ ...staff, roles: staff.roles.filter((role) => staffRoles.includes(role)) });
  const byEnterprise = enterpriseScopeSql(scope, 'c.enterprise_id', firstParam);
  if (!staff.roles.includes('mediator')) return byEnterprise;
  const seat = `$${firstParam + byEnterprise.params.length}::uuid`;
  return {
    sql: `(${byEnterprise.sql} OR EXISTS (SELECT 1 FROM case_assignments seat WHERE seat.case_id = c.id AND seat.mediator_id = ${seat} AND seat.active))`,
    params: [...byEnterprise.params, staff.sub],
  };
}

/** 404 for an unknown case, 403 when it is outside what the caller may read or act on. */
export async function assertCaseAccess(manager: EntityManager, caseId: string, staff: StaffClaims, duty: CaseDuty): Promise<void> {
  const allowed = caseScopeSql(staff, duty, 2);
  const rows = await manager.query<{ allowed: boolean }[]>(`SELECT ${allowed.sql} AS allowed FROM cases c WHERE c.id = $1`, [caseId, ...allowed.params]);
  if (rows.length === 0) throw new DomainError('not_found', `No case ${caseId}`);
  if (!rows[0].allowed) {
    throw new DomainError(
      'forbidden',
      duty === 'read'
        ? `Case ${caseId} is outside your scope: staff of its region, its enterprise's committee or its own mediators only`
        : `Only staff of its region or the case's own mediators may work on case ${caseId}`,
    );
  }
}

/** 403 unless staff who open cases (administrators, federation staff) have this enterprise in scope. */
export async function assertMayOpenCaseFor(manager: EntityManager, enterpriseId: string, staff: StaffClaims): Promise<void> {
  const scope = enterpriseScopeOf({ ...staff, roles: staff.roles.filter((role) => STAFF_WHO_ACT.includes(role)) });
  if (scope.kind === 'everything') return;
  const inScope = enterpriseScopeSql(scope, '$1::uuid', 2);
  const [row] = await manager.query<{ allowed: boolean }[]>(`SELECT $1::uuid IS NOT NULL AND ${inScope.sql} AS allowed`, [enterpriseId, ...inScope.params]);
  if (!row.allowed) throw new DomainError('forbidden', `Enterprise ${enterpriseId} is outside your scope; open cases only for enterprises of your region`);
}
