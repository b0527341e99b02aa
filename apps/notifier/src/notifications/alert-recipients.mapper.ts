import type { RiskLevel } from '@concord/contracts';
import { CONTACT_ROLES, type Contact, type ContactRole, type Recipient, routeAlert } from '@concord/routing';

/** One row of `directory.enterprise_contacts_v1` as the notifier reads it. */
export interface DirectoryContact {
  personId: string;
  role: string;
}

const KNOWN_ROLES = new Set<string>(CONTACT_ROLES);

function isContactRole(role: string): role is ContactRole {
  return KNOWN_ROLES.has(role);
}

/**
 * Who hears an alert: the directory's contacts of the enterprise, routed by level. A role the
 * routing table does not know (the directory may grow roles first) reaches nobody rather than
 * being guessed at.
 */
export function alertRecipients(level: RiskLevel, rows: readonly DirectoryContact[]): Recipient[] {
  const contacts: Contact[] = rows.flatMap(({ personId, role }) => (isContactRole(role) ? [{ personId, role }] : []));
  return routeAlert(level, contacts);
}
