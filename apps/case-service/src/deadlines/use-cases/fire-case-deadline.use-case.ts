import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type CaseState,
  type CaseTimer,
  applyTransition,
  awaitingAcceptance,
  limitationExpiry,
  mediationDue,
} from '@concord/case-workflow';
import { type CaseDeadlineJobV1, TOPICS, type TopicEvent } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { DataSource, type EntityManager } from 'typeorm';
import { CaseSeating } from '../../assignment/case-seating.service';
import { DirectoryRosterReader } from '../../assignment/directory-roster.reader';
import { mediatorAssignedEvent } from '../../cases/case-events.mapper';
import { type LockedCase, SYSTEM_ACTOR, lockCase, recordStageChange, recordTransition, saveCaseState } from '../../cases/case-state.repository';
import { CASE_CLOCK, CASE_DEADLINE_SETTINGS, type CaseClock, type CaseDeadlineSettings } from '../case-deadline.config';
import { CaseTimers } from '../case-timers';

type CaseEvent = TopicEvent<'case.events'>;

/** A job that came before its instant (another host's clock): BullMQ retries it with backoff. */
export class CaseTimerNotDueYet extends Error {
  constructor(timer: CaseTimer, now: Date) {
    super(`case timer ${timer.jobId} is due at ${timer.at.toISOString()}, it is ${now.toISOString()}`);
    this.name = 'CaseTimerNotDueYet';
  }
}

export type CaseDeadlineOutcome =
  | 'reassigned'
  | 'no_other_mediator'
  | 'escalated'
  | 'escalated_unseated'
  | 'referred_to_arbitration'
  | 'warned_centre_head'
  | 'warned_limitation'
  | 'performance_due'
  | 'refused';

export type FiredDeadline = { done: false; why: 'no_case' | 'no_longer_due' | 'already_fired' } | { done: true; outcome: CaseDeadlineOutcome; state: CaseState };

interface Effect {
  outcome: CaseDeadlineOutcome;
  state: CaseState;
  events: CaseEvent[];
}

/**
 * Acts on a case timer that came due, in one transaction under the case's row lock: the state is
 * read again and the timer acted on only if the case still has it (same kind and instant) and its
 * instant has passed; the firing is claimed by the timer's fixed id, so a repeated or re-created
 * job acts once. Every action is a transition by the 'system':
 *
 * - acceptance_overdue: the mediators who did not accept are replaced (the workflow's `reassign`,
 *   which excludes them) by the assigner's next choice; with nobody else eligible the case stays
 *   and the history says why, for staff to act;
 * - mediation_overdue: the mediation fails (period expired) and is escalated to the next tier,
 *   where the assigner seats a mediator; past the county it goes to arbitration;
 * - centre_head_warning, limitation_warning, performance_check: recorded in the history.
 */
@Injectable()
export class FireCaseDeadlineUseCase {
  private readonly log = new Logger(FireCaseDeadlineUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRosterReader,
    private readonly seating: CaseSeating,
    private readonly relay: OutboxRelay,
    private readonly timers: CaseTimers,
    @Inject(CASE_DEADLINE_SETTINGS) private readonly settings: CaseDeadlineSettings,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  async execute(job: CaseDeadlineJobV1): Promise<FiredDeadline> {
    const fired = await this.dataSource.transaction(async (manager): Promise<FiredDeadline & { events?: CaseEvent[] }> => {
      const current = await lockCase(manager, job.caseId);
      if (!current) return { done: false, why: 'no_case' };
      const timer = this.timers.of(current.state).find((t) => t.kind === job.kind && t.at.getTime() === Date.parse(job.at));
      if (!timer) return { done: false, why: 'no_longer_due' };
      const now = this.clock.now();
      if (timer.at > now) throw new CaseTimerNotDueYet(timer, now);
      const claimed = await manager.query<{ timer_id: string }[]>(
        `INSERT INTO case_timer_firings (timer_id, case_id, kind, due_at, outcome) VALUES ($1, $2, $3, $4, 'pending')
         ON CONFLICT (timer_id) DO NOTHING RETURNING timer_id`,
        [timer.jobId, current.id, timer.kind, timer.at],
      );
      if (claimed.length === 0) return { done: false, why: 'already_fired' };
      const effect = await this.act(manager, current, timer, now);
      await manager.query(`UPDATE case_timer_firings SET outcome = $2 WHERE timer_id = $1`, [timer.jobId, effect.outcome]);
      if (effect.events.length > 0) await appendToOutbox(manager, TOPICS.caseEvents, effect.events);
      return { done: true, outcome: effect.outcome, state: effect.state, events: effect.events };
    });
    if (!fired.done) return fired;
    // Acting may have written stage changes to the outbox even without other events.
    this.relay.nudge();
    await this.timers.scheduleAfterCommit([fired.state]);
    this.log.log({ caseId: job.caseId, kind: job.kind, at: job.at, outcome: fired.outcome, stage: fired.state.stage }, 'case deadline');
    return { done: true, outcome: fired.outcome, state: fired.state };
  }

  private act(manager: EntityManager, current: LockedCase, timer: CaseTimer, now: Date): Promise<Effect> {
    switch (timer.kind) {
      case 'acceptance_overdue':
        return this.reassign(manager, current, timer);
      case 'mediation_overdue':
        return this.escalate(manager, current, timer, now);
      case 'centre_head_warning': {
        const due = mediationDue(current.state.receivedAt, current.state.extensionDays, current.state.jurisdiction, this.settings.options);
        return this.note(manager, current, 'warned_centre_head', `centre head warned: day ${this.settings.options.centreHeadWarningDay} of the mediation period and no mediation meeting held; the period ends ${due.at.toISOString()}`);
      }
      case 'limitation_warning': {
        const expiry = limitationExpiry(current.state.limitationFrom ?? timer.at, current.state.jurisdiction, this.settings.options);
        return this.note(manager, current, 'warned_limitation', `limitation watchdog: the worker's claim can be brought to arbitration until ${expiry.at.toISOString()}${expiry.exact ? '' : ' (holidays of that year not published yet: may end later)'}`);
      }
      case 'performance_check':
        return this.note(manager, current, 'performance_due', `the agreement was to be performed by ${timer.at.toISOString()}: confirm its performance or record the failure`);
    }
  }

  /** A history row that leaves the stage as it is. */
  private async note(manager: EntityManager, current: LockedCase, outcome: CaseDeadlineOutcome, note: string): Promise<Effect> {
    const { stage } = current.state;
    await recordTransition(manager, current.id, { from: stage, to: stage, command: null, note }, SYSTEM_ACTOR);
    return { outcome, state: current.state, events: [] };
  }

  /**
   * CaseSeating seats through the workflow's `assign`, which a case still 'assigned' does not
   * allow; so the assigner runs on the case as if back in triage, with the mediators who did not
   * accept excluded and every current mediator released (one who accepted may be chosen again),
   * and its choice is then applied with `reassign`. A savepoint undoes the release when nobody
   * else is eligible: the case keeps its mediators and staff read why.
   */
  private async reassign(manager: EntityManager, current: LockedCase, timer: CaseTimer): Promise<Effect> {
    const { state } = current;
    const waiting = awaitingAcceptance(state);
    const lapse = `not accepted by ${waiting.join(', ')} within ${this.settings.options.acceptanceWorkingDays} working days (due ${timer.at.toISOString()})`;
    const asInTriage: CaseState = {
      ...state,
      stage: 'triage',
      mediatorIds: [],
      acceptedBy: [],
      assignedAt: null,
      excludedMediatorIds: [...new Set([...state.excludedMediatorIds, ...waiting])],
    };
    await manager.query('SAVEPOINT case_deadline_reassign');
    const profile = await this.directory.enterprise(manager, current.enterpriseId);
    const seating = await this.seating.seat(manager, this.subjectOf(current), asInTriage, profile, state.mediatorIds);
    const reassigned = seating.ok ? applyTransition(state, { type: 'reassign', mediatorIds: seating.mediatorIds, reason: `${lapse}; ${seating.reason.summary}` }, this.clock.now()) : null;
    if (!seating.ok || !reassigned?.ok) {
      await manager.query('ROLLBACK TO SAVEPOINT case_deadline_reassign');
      const why = !seating.ok ? seating.why : reassigned && !reassigned.ok ? reassigned.error.message : 'refused';
      return this.note(manager, current, 'no_other_mediator', `${lapse}; no other mediator could be seated (${why}); the case stays with them until staff reassign it`);
    }
    await manager.query('RELEASE SAVEPOINT case_deadline_reassign');
    const transitionId = await recordStageChange(manager, current.enterpriseId, reassigned.transition, reassigned.state, SYSTEM_ACTOR);
    await saveCaseState(manager, reassigned.state);
    await manager.query(`UPDATE cases SET triage_reason = NULL WHERE id = $1`, [current.id]);
    return {
      outcome: 'reassigned',
      state: reassigned.state,
      events: [mediatorAssignedEvent({ caseId: current.id, enterpriseId: current.enterpriseId }, seating.mediatorIds, seating.reason.summary, seating.assignedAt, transitionId)],
    };
  }

  /** Fail (period expired), escalate, and seat a mediator at the new tier; past the county, arbitration. */
  private async escalate(manager: EntityManager, current: LockedCase, timer: CaseTimer, now: Date): Promise<Effect> {
    const failed = applyTransition(current.state, { type: 'fail', reason: 'mediation_period_expired', note: `due ${timer.at.toISOString()}` }, now);
    if (!failed.ok) return this.note(manager, current, 'refused', `mediation period ended ${timer.at.toISOString()}; could not record the failure: ${failed.error.message}`);
    await recordStageChange(manager, current.enterpriseId, failed.transition, failed.state, SYSTEM_ACTOR);
    const escalated = applyTransition(failed.state, { type: 'escalate' }, now);
    if (!escalated.ok) {
      await saveCaseState(manager, failed.state);
      return { outcome: 'refused', state: failed.state, events: [] };
    }
    await recordStageChange(manager, current.enterpriseId, escalated.transition, escalated.state, SYSTEM_ACTOR);
    const unseated = current.state.mediatorIds;
    if (escalated.state.stage === 'arbitration') {
      // No profile: CaseSeating only releases the mediators' load and assignments.
      if (unseated.length > 0) await this.seating.seat(manager, this.subjectOf(current), escalated.state, null, unseated);
      await saveCaseState(manager, escalated.state);
      return { outcome: 'referred_to_arbitration', state: escalated.state, events: [] };
    }
    const profile = await this.directory.enterprise(manager, current.enterpriseId);
    const seating = await this.seating.seat(manager, this.subjectOf(current), escalated.state, profile, unseated);
    if (!seating.ok) {
      await saveCaseState(manager, escalated.state);
      await manager.query(`UPDATE cases SET triage_reason = $2 WHERE id = $1`, [current.id, seating.reason]);
      return { outcome: 'escalated_unseated', state: escalated.state, events: [] };
    }
    const transitionId = await recordTransition(manager, current.id, seating.transition, SYSTEM_ACTOR);
    await saveCaseState(manager, seating.state);
    await manager.query(`UPDATE cases SET triage_reason = NULL WHERE id = $1`, [current.id]);
    return {
      outcome: 'escalated',
      state: seating.state,
      events: [mediatorAssignedEvent({ caseId: current.id, enterpriseId: current.enterpriseId }, seating.mediatorIds, seating.reason.summary, seating.assignedAt, transitionId)],
    };
  }

  private subjectOf(current: LockedCase) {
    return { caseId: current.id, enterpriseId: current.enterpriseId, level: current.level, category: current.category };
  }
}
