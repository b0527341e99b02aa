import { Injectable } from '@nestjs/common';
import { type CaseState, applyTransition } from '@concord/case-workflow';
import { TOPICS } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import type { EntityManager } from 'typeorm';
import { CaseSeating, type Seating } from '../assignment/case-seating.service';
import type { EnterpriseProfileRow } from '../assignment/roster.mapper';
import { type OpenedCase, caseOpenedEvent, mediatorAssignedEvent } from './case-events.mapper';
import { recordTransition, saveCaseState } from './case-state.repository';

export interface CaseToSeat {
  /** the case as inserted; whether it is collective is the workflow's triage verdict */
  opened: OpenedCase;
  intake: CaseState;
  triage: { type: 'triage'; workerCount: number; commonClaim: boolean };
  category: string;
  profile: EnterpriseProfileRow | null;
  /** the parties' joint choice from the roster */
  chosenMediatorIds?: readonly string[];
  actor: string;
  at: Date;
}

export interface SeatedCase {
  state: CaseState;
  collective: boolean;
  seating: Seating;
}

/**
 * The step every new case takes after its intake row, inside the opening transaction, whoever
 * opened it (an alert or staff): triage, seating through CaseSeating, each transition recorded
 * with the actor, the state stored, and case.opened (with mediator_assigned when someone was
 * seated) in the outbox. When nobody can be seated the case waits in triage with the reason.
 */
@Injectable()
export class CaseOpening {
  constructor(private readonly seating: CaseSeating) {}

  async triageAndSeat(manager: EntityManager, { opened, intake, triage, category, profile, chosenMediatorIds, actor, at }: CaseToSeat): Promise<SeatedCase> {
    const triaged = applyTransition(intake, triage, at);
    // Only a bug (in this service or the lib) refuses triaging a fresh case: retry rather than store a half-opened one.
    if (!triaged.ok) throw new Error(`case ${opened.caseId}: ${triaged.error.message}`);
    const collective = triaged.state.collective;
    // The workflow's verdict is the one announced, so case.opened and the stored state never disagree.
    const opening = caseOpenedEvent({ ...opened, collective });
    const seating = await this.seating.seat(manager, { ...opened, category, chosenMediatorIds }, triaged.state, profile);
    if (!seating.ok) {
      await recordTransition(manager, opened.caseId, { ...triaged.transition, note: `${triaged.transition.note}; ${seating.why}` }, actor);
      await saveCaseState(manager, triaged.state);
      await manager.query(`UPDATE cases SET triage_reason = $2 WHERE id = $1`, [opened.caseId, seating.reason]);
      await appendToOutbox(manager, TOPICS.caseEvents, [opening]);
      return { state: triaged.state, collective, seating };
    }
    await recordTransition(manager, opened.caseId, triaged.transition, actor);
    await recordTransition(manager, opened.caseId, seating.transition, actor);
    await saveCaseState(manager, seating.state);
    await appendToOutbox(manager, TOPICS.caseEvents, [opening, mediatorAssignedEvent(opened, seating.mediatorIds, seating.reason.summary, seating.assignedAt)]);
    return { state: seating.state, collective, seating };
  }
}
