import type { StaffClaims } from '@concord/auth';
import { DomainError } from '@concord/platform';
import type { EntityManager } from 'typeorm';

/** Staff who may add to any case's file; a mediator may add only to a case they are seated on. */
const WRITES_ANY_CASE = new Set<string>(['admin', 'federation_staff']);

/** 404 for an unknown case, 403 unless the caller is staff or one of the case's active mediators. */
export async function assertMayWriteToCase(manager: EntityManager, caseId: string, staff: StaffClaims): Promise<void> {
  const rows = await manager.query<{ seated: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = c.id AND a.mediator_id = $2 AND a.active) AS seated
       FROM cases c WHERE c.id = $1`,
    [caseId, staff.sub],
  );
  if (rows.length === 0) throw new DomainError('not_found', `No case ${caseId}`);
  if (staff.roles.some((role) => WRITES_ANY_CASE.has(role))) return;
  if (!rows[0].seated) throw new DomainError('forbidden', `Only staff or the case's own mediators may add to case ${caseId}`);
}
