import { requiredTier } from '@concord/assignment';
import type { Jurisdiction, Level } from '@concord/risk-rules';
import type { CaseState } from './case-state.model';

export interface NewCase {
  caseId: string;
  jurisdiction: Jurisdiction;
  level: Level;
  /** when the application reached the mediation organisation (the 15-day period's start) */
  receivedAt: Date;
  limitationFrom?: Date | null;
}

/**
 * A case at intake, at the tier its level asks for until triage says whether it is collective.
 * RangeError for an invalid instant: every deadline of the case would be wrong.
 */
export function openCase(input: NewCase): CaseState {
  if (Number.isNaN(input.receivedAt.getTime())) throw new RangeError(`case ${input.caseId}: receivedAt is not a valid instant`);
  if (input.limitationFrom && Number.isNaN(input.limitationFrom.getTime())) throw new RangeError(`case ${input.caseId}: limitationFrom is not a valid instant`);
  return {
    caseId: input.caseId,
    stage: 'intake',
    jurisdiction: input.jurisdiction,
    level: input.level,
    tier: requiredTier({ level: input.level, collective: false }),
    collective: false,
    workerCount: null,
    receivedAt: input.receivedAt,
    assignedAt: null,
    mediatorIds: [],
    acceptedBy: [],
    excludedMediatorIds: [],
    firstMeetingAt: null,
    extensionDays: 0,
    performBy: null,
    limitationFrom: input.limitationFrom ?? null,
    failure: null,
  };
}
