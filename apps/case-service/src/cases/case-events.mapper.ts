import type { CaseState, CaseTransition } from '@concord/case-workflow';
import { type TopicEvent, caseOpenedV1, caseStageChangedV1, mediatorAssignedV1 } from '@concord/contracts';
import type { RiskLevel } from '@concord/contracts';

export const CASE_EVENT_SOURCE = 'concord/case-service';

type CaseEvent = TopicEvent<'case.events'>;

export interface OpenedCase {
  caseId: string;
  enterpriseId: string;
  alertId: string | null;
  level: RiskLevel;
  collective: boolean;
  openedAt: Date;
}

/** Ids are derived from the case, so a re-run of the same transaction yields the same events. */
export function caseOpenedEvent(opened: OpenedCase): CaseEvent {
  const time = opened.openedAt.toISOString();
  return {
    specversion: '1.0',
    id: `case:${opened.caseId}:opened`,
    source: CASE_EVENT_SOURCE,
    type: caseOpenedV1.type,
    subject: opened.enterpriseId,
    time,
    datacontenttype: 'application/json',
    data: {
      caseId: opened.caseId,
      enterpriseId: opened.enterpriseId,
      alertId: opened.alertId,
      level: opened.level,
      collective: opened.collective,
      openedAt: time,
    },
  };
}

/**
 * The first assignment, at opening, is `case:<id>:assigned`; a later one (after a recusal) is keyed
 * by the transition that seated the mediators, so each reassignment is its own event.
 */
export function mediatorAssignedEvent(
  opened: Pick<OpenedCase, 'caseId' | 'enterpriseId'>,
  mediatorIds: string[],
  summary: string,
  assignedAt: Date,
  transitionId?: string,
): CaseEvent {
  const time = assignedAt.toISOString();
  return {
    specversion: '1.0',
    id: transitionId ? `case:${opened.caseId}:assigned:${transitionId}` : `case:${opened.caseId}:assigned`,
    source: CASE_EVENT_SOURCE,
    type: mediatorAssignedV1.type,
    subject: opened.enterpriseId,
    time,
    datacontenttype: 'application/json',
    data: { caseId: opened.caseId, enterpriseId: opened.enterpriseId, mediatorIds, reason: summary, assignedAt: time },
  };
}

/**
 * A case moved from one stage to another by a command: keyed by the transition row, so a re-run
 * of the same transaction yields the same event and every transition is its own.
 */
export function stageChangedEvent(enterpriseId: string, transitionId: string, transition: CaseTransition, after: CaseState): CaseEvent {
  const time = transition.at.toISOString();
  return {
    specversion: '1.0',
    id: `case:${after.caseId}:transition:${transitionId}`,
    source: CASE_EVENT_SOURCE,
    type: caseStageChangedV1.type,
    subject: enterpriseId,
    time,
    datacontenttype: 'application/json',
    data: {
      caseId: after.caseId,
      enterpriseId,
      from: transition.from,
      to: transition.to,
      command: transition.command,
      tier: after.tier,
      mediatorIds: [...after.mediatorIds],
      note: transition.note,
      changedAt: time,
    },
  };
}
