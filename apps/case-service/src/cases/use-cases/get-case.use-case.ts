import { Injectable } from '@nestjs/common';
import type { AssignmentReason } from '@concord/assignment';
import type { StaffClaims } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { assertCaseAccess } from '../case-access.policy';
import { CaseAssignment } from '../case-assignment.entity';
import { CaseTransition } from '../case-transition.entity';
import { Case } from '../case.entity';
import type { CaseDocumentView } from './add-case-document.use-case';
import type { CaseNoteView } from './add-case-note.use-case';

export type CaseView = Omit<Case, 'triageReason'> & {
  /** from the directory's published profile, so a mediator, who may not read the directory, sees whose case it is */
  enterpriseName: string | null;
  mediators: Pick<CaseAssignment, 'mediatorId' | 'assignedAt' | 'active'>[];
  /** why these mediators (summary, ranking with its parts, exclusions), or why nobody yet */
  assignment: AssignmentReason | null;
  transitions: Pick<CaseTransition, 'fromStatus' | 'toStatus' | 'command' | 'actor' | 'note' | 'at'>[];
  notes: CaseNoteView[];
  /** metadata only; the bytes are at /v1/cases/:id/documents/:docId */
  documents: CaseDocumentView[];
};

/** One case with its mediators, the explanation of the assignment, its history, notes and documents; 403 outside the caller's scope. */
@Injectable()
export class GetCaseUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(id: string, staff: StaffClaims): Promise<CaseView> {
    await assertCaseAccess(this.dataSource.manager, id, staff, 'read');
    // One snapshot for every part: a timer committing between two reads would otherwise show a
    // transition the case's state does not have yet.
    const { found, assignments, transitions, notes, documents, profile } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const found = await manager.findOneBy(Case, { id });
      if (!found) throw new DomainError('not_found', `No case ${id}`);
      return {
        found,
        assignments: await manager.find(CaseAssignment, { where: { caseId: id }, order: { assignedAt: 'ASC', mediatorId: 'ASC' } }),
        transitions: await manager.find(CaseTransition, { where: { caseId: id }, order: { at: 'ASC' } }),
        notes: await manager.query<CaseNoteView[]>(`SELECT id, author, body, created_at AS "createdAt" FROM case_notes WHERE case_id = $1 ORDER BY created_at, id`, [id]),
        documents: await manager.query<CaseDocumentView[]>(
          `SELECT id, uploaded_by AS "uploadedBy", file_name AS "fileName", media_type AS "mediaType", size_bytes AS "sizeBytes", sha256, created_at AS "createdAt"
             FROM case_documents WHERE case_id = $1 ORDER BY created_at, id`,
          [id],
        ),
        profile: await manager.query<{ name: string }[]>(`SELECT name FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`, [found.enterpriseId]),
      };
    });
    const { triageReason, ...rest } = found;
    const current = assignments.find((a) => a.active) ?? null;
    return {
      ...rest,
      enterpriseName: profile[0]?.name ?? null,
      mediators: assignments.map(({ mediatorId, assignedAt, active }) => ({ mediatorId, assignedAt, active })),
      assignment: found.status === 'triage' ? triageReason : (current?.reason ?? null),
      transitions: transitions.map(({ fromStatus, toStatus, command, actor, note, at }) => ({ fromStatus, toStatus, command, actor, note, at })),
      notes,
      documents,
    };
  }
}
