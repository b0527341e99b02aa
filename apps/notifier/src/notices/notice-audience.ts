import { type Contact, type ContactRole, CONTACT_ROLES, type Recipient, type RoutingTable, escalationAudience, routeAlert } from '@concord/routing';
import type { AlertLevel, NoticeReason } from '@concord/routing';
import type { ReachableContact } from '../notifications/enterprise-directory.reader';

const KNOWN_ROLES = new Set<string>(CONTACT_ROLES);

/** A recipient with how to reach them: the first email, phone and language any of their contact rows gives. */
export interface ReachableRecipient extends Recipient {
  name: string;
  email: string | null;
  phone: string | null;
  language: 'zh-CN' | 'en';
}

/**
 * Who hears a notice: the level's audience (routing table of the enterprise's region), or for an
 * escalation the next tier's. A role the routing table does not know (the directory may grow
 * roles first) reaches nobody rather than being guessed at.
 */
export function noticeAudience(reason: NoticeReason, level: AlertLevel, round: number, rows: readonly ReachableContact[], table: RoutingTable): ReachableRecipient[] {
  const contacts: Contact[] = rows.flatMap(({ personId, role }) => (KNOWN_ROLES.has(role) ? [{ personId, role: role as ContactRole }] : []));
  const recipients = reason === 'escalated' ? escalationAudience(level, round, contacts, table) : routeAlert(level, contacts, table);
  // An enterprise's contacts include its region's federation staff: grouped once, not filtered per recipient.
  const rowsByPerson = new Map<string, ReachableContact[]>();
  for (const row of rows) {
    const own = rowsByPerson.get(row.personId);
    if (own) own.push(row);
    else rowsByPerson.set(row.personId, [row]);
  }
  return recipients.map(({ personId, roles }) => {
    const own = rowsByPerson.get(personId) ?? [];
    return {
      personId,
      roles,
      name: own[0]?.name ?? personId,
      email: own.find((row) => row.email)?.email ?? null,
      phone: own.find((row) => row.phone)?.phone ?? null,
      language: own[0]?.language ?? 'zh-CN',
    };
  });
}
