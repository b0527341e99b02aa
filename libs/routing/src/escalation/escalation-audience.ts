import { LEVELS, type Level, levelRank } from '@concord/risk-rules';
import { routeAlert } from '../alert.router';
import type { Contact, Recipient } from '../contact.model';
import type { RoutingTable } from '../routing-table.model';

/**
 * Who hears a thread's `step`-th escalation (1 = the first deadline missed): the audience of the
 * level `step` above the thread's, less everyone an earlier audience already held — so BLUE
 * escalates to the street tier, YELLOW to the county tier, ORANGE to the federation's leadership.
 * Past RED there is no tier left: the leadership is told again.
 */
export function escalationAudience(level: Level, step: number, contacts: readonly Contact[], table: RoutingTable): Recipient[] {
  if (level === 'GREEN' || step < 1) return [];
  const target = levelAbove(level, step);
  const previous = levelAbove(level, step - 1);
  if (levelRank(target) === levelRank(previous)) {
    return routeAlert('RED', contacts, table).filter((recipient) => recipient.roles.some((role) => table.minLevelByRole[role] === 'RED'));
  }
  const alreadyHeard = new Set(routeAlert(previous, contacts, table).map((recipient) => recipient.personId));
  return routeAlert(target, contacts, table).filter((recipient) => !alreadyHeard.has(recipient.personId));
}

function levelAbove(level: Level, steps: number): Level {
  return LEVELS[Math.min(LEVELS.length - 1, levelRank(level) + steps)];
}
