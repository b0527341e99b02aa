import type { MediatorTier } from '@concord/assignment';
import type { Jurisdiction, Level } from '@concord/risk-rules';
import type { CaseStage } from './case-stage.model';
import type { FailureReason } from './case-command.model';

/** Everything the state machine and the deadlines need to know about a case; the service persists it. */
export interface CaseState {
  caseId: string;
  stage: CaseStage;
  /** whose working-day calendar and business time zone the deadlines use */
  jurisdiction: Jurisdiction;
  level: Level;
  /** the tier handling the case: set by triage, raised by each escalation */
  tier: MediatorTier;
  /** 10 or more workers with a common claim (LDMAL art. 7); decided at triage */
  collective: boolean;
  /** null until triage */
  workerCount: number | null;
  /** when the current tier's mediation organisation received the application: the 15-day period runs from here */
  receivedAt: Date;
  /** when the current mediators were assigned: the acceptance period runs from here */
  assignedAt: Date | null;
  mediatorIds: readonly string[];
  /** the assigned mediators who have accepted; the case is 'accepted' once all have */
  acceptedBy: readonly string[];
  /** recused, declined, or let the acceptance period pass: never to be assigned to this case again */
  excludedMediatorIds: readonly string[];
  /** the first mediation meeting; the centre head is warned only while there has been none */
  firstMeetingAt: Date | null;
  /** days added to the mediation period with both parties' consent */
  extensionDays: number;
  /** when the agreement is to be performed by (performance monitoring) */
  performBy: Date | null;
  /**
   * When the worker knew, or should have known, of the infringement: the one-year limitation
   * (LDMAL art. 27) runs from here. Null when no limitation runs, e.g. a claim for wages while
   * the employment continues (art. 27 para. 4), or when it is not known yet.
   */
  limitationFrom: Date | null;
  /** why the case last failed; cleared when it is escalated */
  failure: { reason: FailureReason; at: Date } | null;
}
