import { Inject, Injectable, Logger } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { type CaseCommand, type CaseStage, type CaseState, type CaseTransitionError, applyTransition } from '@concord/case-workflow';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { DomainError } from '@concord/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseSeating } from '../../assignment/case-seating.service';
import { DirectoryRosterReader } from '../../assignment/directory-roster.reader';
import { CASE_CLOCK, type CaseClock } from '../../deadlines/case-deadline.config';
import { CaseTimers } from '../../deadlines/case-timers';
import { assertCaseAccess } from '../case-access.policy';
import { mediatorAssignedEvent } from '../case-events.mapper';
import { type LockedCase, SYSTEM_ACTOR, lockCase, recordStageChange, recordTransition, saveCaseState } from '../case-state.repository';

/** A command the case-workflow refused: the edge answers 409 with the lib's code and message. */
export class CaseTransitionRefused extends Error {
  constructor(readonly refusal: CaseTransitionError) {
    super(refusal.message);
    this.name = 'CaseTransitionRefused';
  }
}

export interface AppliedTransition {
  caseId: string;
  transitionId: string;
  command: CaseCommand['type'];
  from: CaseStage;
  to: CaseStage;
  note: string;
  actor: string;
  /** where the case stands once the service has followed up (a recusal is followed by a new assignment) */
  stage: CaseStage;
  mediatorIds: readonly string[];
}

/** Staff who may act for any mediator on a case (e.g. record an acceptance given by phone). */
const ACTS_FOR_MEDIATORS = new Set<string>(['admin', 'federation_staff']);

type CaseEvent = TopicEvent<'case.events'>;

/**
 * Applies one command to a case through @concord/case-workflow, under the case's row lock, and
 * stores the new state with a transition row naming who and when, in one transaction with the
 * case.events it causes (outbox).
 *
 * Every command is announced as concord.case.stage_changed.v1; a recusal that unseats the
 * mediators runs the assigner again, as the 'system', and the new seating is published as
 * concord.case.mediator_assigned.v1.
 */
@Injectable()
export class ApplyCaseTransitionUseCase {
  private readonly log = new Logger(ApplyCaseTransitionUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRosterReader,
    private readonly seating: CaseSeating,
    private readonly relay: OutboxRelay,
    private readonly timers: CaseTimers,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  async execute(caseId: string, command: CaseCommand, staff: StaffClaims): Promise<AppliedTransition> {
    if ((command.type === 'accept' || command.type === 'recuse') && command.mediatorId !== staff.sub && !staff.roles.some((role) => ACTS_FOR_MEDIATORS.has(role))) {
      throw new DomainError('forbidden', `A mediator may ${command.type} only for themself`);
    }
    const { applied, state: stored } = await this.dataSource.transaction(async (manager) => {
      await assertCaseAccess(manager, caseId, staff, 'act');
      const current = await lockCase(manager, caseId);
      if (!current) throw new DomainError('not_found', `No case ${caseId}`);
      const result = applyTransition(current.state, command, this.clock.now());
      if (!result.ok) throw new CaseTransitionRefused(result.error);
      const transitionId = await recordStageChange(manager, current.enterpriseId, result.transition, result.state, staff.sub);
      const unseated = current.state.mediatorIds.filter((id) => !result.state.mediatorIds.includes(id));
      const { state, events } = unseated.length > 0 ? await this.reseat(manager, current, result.state, unseated) : { state: result.state, events: [] };
      await saveCaseState(manager, state);
      if (events.length > 0) await appendToOutbox(manager, TOPICS.caseEvents, events);
      const { from, to, note } = result.transition;
      const applied: AppliedTransition = { caseId, transitionId, command: command.type, from, to, note, actor: staff.sub, stage: state.stage, mediatorIds: state.mediatorIds };
      return { applied, state };
    });
    this.relay.nudge();
    // The new stage's timers (an extension moves the mediation one; the old job finds itself stale).
    await this.timers.scheduleAfterCommit([stored]);
    this.log.log({ caseId, command: command.type, from: applied.from, to: applied.stage, actor: staff.sub }, 'case transition');
    return applied;
  }

  /** The mediators left the case (a recusal): release them and, if the case waits for someone, run the assigner. */
  private async reseat(manager: EntityManager, current: LockedCase, state: CaseState, unseated: string[]): Promise<{ state: CaseState; events: CaseEvent[] }> {
    const canSeat = state.stage === 'triage' || state.stage === 'escalated';
    const profile = canSeat ? await this.directory.enterprise(manager, current.enterpriseId) : null;
    const seating = await this.seating.seat(manager, { caseId: current.id, enterpriseId: current.enterpriseId, level: current.level, category: current.category }, state, profile, unseated);
    if (!seating.ok) {
      if (canSeat) await manager.query(`UPDATE cases SET triage_reason = $2 WHERE id = $1`, [current.id, seating.reason]);
      return { state, events: [] };
    }
    const transitionId = await recordTransition(manager, current.id, seating.transition, SYSTEM_ACTOR);
    await manager.query(`UPDATE cases SET triage_reason = NULL WHERE id = $1`, [current.id]);
    return { state: seating.state, events: [mediatorAssignedEvent({ caseId: current.id, enterpriseId: current.enterpriseId }, seating.mediatorIds, seating.reason.summary, seating.assignedAt, transitionId)] };
  }
}
