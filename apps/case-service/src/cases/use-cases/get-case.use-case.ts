import { Injectable } from '@nestjs/common';
import type { AssignmentReason } from '@concord/assignment';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { CaseAssignment } from '../case-assignment.entity';
import { CaseTransition } from '../case-transition.entity';
import { Case } from '../case.entity';

export type CaseView = Omit<Case, 'triageReason'> & {
  mediators: Pick<CaseAssignment, 'mediatorId' | 'assignedAt' | 'active'>[];
  /** why these mediators (summary, ranking with its parts, exclusions), or why nobody yet */
  assignment: AssignmentReason | null;
  transitions: Pick<CaseTransition, 'fromStatus' | 'toStatus' | 'command' | 'actor' | 'note' | 'at'>[];
};

/** One case with its mediators, the explanation of the assignment, and its history. */
@Injectable()
export class GetCaseUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string): Promise<CaseView> {
    const found = await this.dataSource.getRepository(Case).findOneBy({ id });
    if (!found) throw new DomainError('not_found', `No case ${id}`);
    const [assignments, transitions] = await Promise.all([
      this.dataSource.getRepository(CaseAssignment).find({ where: { caseId: id }, order: { assignedAt: 'ASC', mediatorId: 'ASC' } }),
      this.dataSource.getRepository(CaseTransition).find({ where: { caseId: id }, order: { at: 'ASC' } }),
    ]);
    const { triageReason, ...rest } = found;
    const current = assignments.find((a) => a.active) ?? null;
    return {
      ...rest,
      mediators: assignments.map(({ mediatorId, assignedAt, active }) => ({ mediatorId, assignedAt, active })),
      assignment: found.status === 'triage' ? triageReason : (current?.reason ?? null),
      transitions: transitions.map(({ fromStatus, toStatus, command, actor, note, at }) => ({ fromStatus, toStatus, command, actor, note, at })),
    };
  }
}
