import { ALLOWED_FROM, type CaseStage } from '@concord/case-workflow';
import { STAFF_COMMANDS, type StaffCommand, type StoredCaseState } from '../../api/cases';

/** Staff who may act for any mediator on a case (case-service's apply-case-transition use case). */
const ACTS_FOR_MEDIATORS = ['admin', 'federation_staff'];

export interface Viewer {
  personId: string;
  roles: string[];
}

/**
 * The commands worth offering as buttons: those the workflow allows in the case's stage, and that
 * this person may give. The case-service decides in the end (409 with the workflow's message).
 */
export function offeredCommands(state: StoredCaseState, viewer: Viewer): StaffCommand[] {
  const staff = viewer.roles.some((role) => ACTS_FOR_MEDIATORS.includes(role));
  const seated = state.mediatorIds.includes(viewer.personId);
  if (!staff && !seated) return [];
  return STAFF_COMMANDS.filter((command) => {
    if (!ALLOWED_FROM[command].includes(state.stage as CaseStage)) return false;
    if (command === 'accept') return staff ? pendingAcceptances(state).length > 0 : seated && !state.acceptedBy.includes(viewer.personId);
    return true;
  });
}

/** Seated mediators who have not accepted yet: whom staff may record an acceptance for. */
export function pendingAcceptances(state: StoredCaseState): string[] {
  return state.mediatorIds.filter((id) => !state.acceptedBy.includes(id));
}

/** The case's next step, as an i18n key under `cases.next.`; null once it is over. */
export function nextActionKey(stage: string): string | null {
  const keys: Record<string, string | null> = {
    intake: 'triage',
    triage: 'awaitMediator',
    assigned: 'accept',
    accepted: 'firstMeeting',
    in_mediation: 'agreement',
    agreement: 'monitor',
    performance_monitoring: 'confirm',
    failed: 'escalate',
    escalated: 'awaitMediator',
    arbitration: 'close',
    closed: null,
  };
  return keys[stage] ?? null;
}
