import type { TopicEvent } from '@concord/contracts';
import type { ContactRole } from '@concord/routing';

export type CaseEvent = TopicEvent<'case.events'>;

/** What a case notice says; also its kind in case_notices. */
export type CaseNoticeKind = 'assigned' | 'reassigned' | 'failed' | 'escalated' | 'arbitration' | 'stage_changed';

/** The roles a person hears a case in: a mediator of the case, or one of the enterprise's contacts. */
export type CaseRecipientRole = 'mediator' | Extract<ContactRole, 'liaison' | 'committee_management' | 'committee_union' | 'committee_employee'>;

/** The enterprise's consultation committee (DOMAIN.md §1): management, union and employee representatives. */
const COMMITTEE: readonly CaseRecipientRole[] = ['committee_management', 'committee_union', 'committee_employee'];
const ORDER: readonly CaseRecipientRole[] = ['mediator', 'liaison', ...COMMITTEE];

/** Stage changes that need the mediators, the liaison and the committee; any other change goes to the liaison alone. */
const TURNING_POINTS = new Set(['failed', 'escalated', 'arbitration']);

export interface CaseRecipient {
  personId: string;
  /** in ORDER; a person in several roles hears the case once */
  roles: CaseRecipientRole[];
}

/**
 * What a case event tells, or null when it tells nobody: the opening is told by the alert that
 * caused it, and the assignment that follows it tells the mediators.
 */
export function caseNoticeKind(event: CaseEvent): CaseNoticeKind | null {
  if (event.type === 'concord.case.mediator_assigned.v1') return 'assigned';
  if (event.type === 'concord.case.opened.v1') return null;
  if (event.data.command === 'reassign') return 'reassigned';
  const to = event.data.to;
  return TURNING_POINTS.has(to) ? (to as 'failed' | 'escalated' | 'arbitration') : 'stage_changed';
}

export interface CaseAudienceInput {
  kind: CaseNoticeKind;
  /** the mediators seated after the event */
  seatedNow: readonly string[];
  /** the mediators the notifier last saw seated before it; null when it saw none */
  seatedBefore: readonly string[] | null;
  /** the enterprise's contacts (person and role) */
  contacts: readonly { personId: string; role: string }[];
}

/**
 * Who hears a case event:
 * - assigned: the newly seated mediators (a re-seated panel member is not told again), the liaison
 *   and the consultation committee; nobody when nobody new was seated (a reassignment told them);
 * - reassigned, failed, escalated, arbitration: every mediator seated before or after it, the
 *   liaison and the committee;
 * - any other stage change (accepted, in mediation, agreement, …): the liaison alone, who follows
 *   every case of the enterprise; the mediators made that change and the committee hears the outcome.
 */
export function caseAudience({ kind, seatedNow, seatedBefore, contacts }: CaseAudienceInput): CaseRecipient[] {
  const mediators =
    kind === 'stage_changed' ? [] : kind === 'assigned' ? seatedNow.filter((id) => !(seatedBefore ?? []).includes(id)) : [...(seatedBefore ?? []), ...seatedNow];
  // A reassignment's notice already named the new seat: the assignment event that follows it tells nobody again.
  if (kind === 'assigned' && mediators.length === 0) return [];
  const contactRoles: readonly CaseRecipientRole[] = kind === 'stage_changed' ? ['liaison'] : ['liaison', ...COMMITTEE];
  const roles = new Map<string, Set<CaseRecipientRole>>();
  const add = (personId: string, role: CaseRecipientRole) => roles.set(personId, (roles.get(personId) ?? new Set()).add(role));
  for (const id of mediators) add(id, 'mediator');
  for (const contact of contacts) if ((contactRoles as readonly string[]).includes(contact.role)) add(contact.personId, contact.role as CaseRecipientRole);
  return [...roles].map(([personId, held]) => ({ personId, roles: ORDER.filter((role) => held.has(role)) }));
}
