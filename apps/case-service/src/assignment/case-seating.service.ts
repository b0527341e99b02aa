import { Injectable } from '@nestjs/common';
import { type AssignmentReason, assignMediators } from '@concord/assignment';
import { type CaseState, type CaseTransition, applyTransition, assignmentNeedsOf } from '@concord/case-workflow';
import type { RiskLevel } from '@concord/contracts';
import type { EntityManager } from 'typeorm';
import { DirectoryRosterReader } from './directory-roster.reader';
import { MediatorLoadLedger } from './mediator-load.ledger';
import { type EnterpriseProfileRow, caseNeedsOf, toMediator } from './roster.mapper';

export interface SeatingCase {
  caseId: string;
  enterpriseId: string;
  level: RiskLevel;
  category: string;
  /** the parties' joint choice from the roster: seated ahead of the score when they pass the hard filters */
  chosenMediatorIds?: readonly string[];
}

export type Seating =
  | { ok: true; state: CaseState; transition: CaseTransition; mediatorIds: string[]; reason: AssignmentReason; assignedAt: Date }
  /** nobody seated: the assigner's explanation (null when it could not run) and why, in words */
  | { ok: false; reason: AssignmentReason | null; why: string };

/**
 * The one assignment path, inside the caller's transaction: the assigner chooses under the
 * capacity ledger's locks, the case-workflow's `assign` seats the choice, and the assignments and
 * loads are written. Mediators leaving the case (`releasing`, e.g. after a recusal) are unseated
 * and their load released under the same locks, taken once in id order, so it cannot deadlock
 * with a concurrent assignment. The caller records the transition, stores the state and writes
 * the events.
 */
@Injectable()
export class CaseSeating {
  constructor(
    private readonly directory: DirectoryRosterReader,
    private readonly ledger: MediatorLoadLedger,
  ) {}

  async seat(manager: EntityManager, subject: SeatingCase, state: CaseState, profile: EnterpriseProfileRow | null, releasing: readonly string[] = []): Promise<Seating> {
    const roster = profile ? await this.directory.roster(manager) : [];
    const openCases = await this.ledger.lock(manager, [...roster.map((row) => row.mediator_id), ...releasing]);
    if (releasing.length > 0) {
      await manager.query(`UPDATE case_assignments SET active = false WHERE case_id = $1 AND mediator_id = ANY ($2::uuid[])`, [subject.caseId, [...releasing]]);
      await this.ledger.release(manager, releasing);
      for (const id of releasing) openCases.set(id, Math.max((openCases.get(id) ?? 0) - 1, 0));
    }
    if (!profile) return { ok: false, reason: null, why: 'The enterprise is not in the directory; assign a mediator by hand.' };

    const result = assignMediators(
      {
        ...caseNeedsOf(profile, subject.level, subject.category),
        ...assignmentNeedsOf(state),
        ...(subject.chosenMediatorIds?.length ? { chosenMediatorIds: [...subject.chosenMediatorIds] } : {}),
      },
      roster.map((row) => toMediator(row, openCases.get(row.mediator_id) ?? 0)),
    );
    if (!result.ok) return { ok: false, reason: result.reason, why: result.reason.summary };

    const assignedAt = new Date();
    const assigned = applyTransition(state, { type: 'assign', mediatorIds: result.mediatorIds, reason: result.reason.summary }, assignedAt);
    // The assigner and the workflow disagree (panel size, an excluded mediator): nobody is seated, and the case says why.
    if (!assigned.ok) return { ok: false, reason: result.reason, why: assigned.error.message };

    await manager.query(
      `INSERT INTO case_assignments (case_id, mediator_id, assigned_at, active, reason)
       SELECT $1::uuid, mediator_id, $2::timestamptz, true, $3::jsonb FROM unnest($4::uuid[]) AS mediator_id
       ON CONFLICT (case_id, mediator_id) DO UPDATE SET assigned_at = EXCLUDED.assigned_at, active = true, reason = EXCLUDED.reason`,
      [subject.caseId, assignedAt, result.reason, result.mediatorIds],
    );
    await this.ledger.take(manager, result.mediatorIds);
    return {
      ok: true,
      state: assigned.state,
      transition: { ...assigned.transition, note: result.reason.summary },
      mediatorIds: result.mediatorIds,
      reason: result.reason,
      assignedAt,
    };
  }
}
