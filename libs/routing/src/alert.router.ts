import { levelRank, type Level } from '@concord/risk-rules';
import { CONTACT_ROLES, type Contact, type ContactRole, type Recipient } from './contact.model';
import { DEFAULT_ROUTING, type RoutingTable } from './routing-table.model';

/**
 * Who hears an alert at `level`: one entry per person, with every role through which they
 * qualify, ordered by personId so notifications and their audit trail are reproducible.
 * GREEN is the absence of an alert, so it reaches nobody whatever the table says.
 */
export function routeAlert(level: Level, contacts: readonly Contact[], table: RoutingTable = DEFAULT_ROUTING): Recipient[] {
  if (level === 'GREEN') return [];
  const rank = levelRank(level);
  const rolesByPerson = new Map<string, Set<ContactRole>>();
  for (const { personId, role } of contacts) {
    // Contacts come from storage; a role the table does not know is not routed rather than guessed.
    const minLevel = table.minLevelByRole[role];
    if (minLevel === undefined || levelRank(minLevel) > rank) continue;
    rolesByPerson.set(personId, (rolesByPerson.get(personId) ?? new Set()).add(role));
  }
  return [...rolesByPerson]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([personId, roles]) => ({ personId, roles: CONTACT_ROLES.filter((role) => roles.has(role)) }));
}
