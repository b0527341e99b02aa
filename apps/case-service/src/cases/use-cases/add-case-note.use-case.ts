import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { DataSource } from 'typeorm';
import { assertCaseAccess } from '../case-access.policy';

export interface CaseNoteView {
  id: string;
  author: string;
  body: string;
  createdAt: Date;
}

/** A note on the case file, with who wrote it and when; staff or the case's own mediators. */
@Injectable()
export class AddCaseNoteUseCase {
  constructor(private readonly dataSource: DataSource) {}

  execute(caseId: string, body: string, staff: StaffClaims): Promise<CaseNoteView> {
    return this.dataSource.transaction(async (manager) => {
      await assertCaseAccess(manager, caseId, staff, 'act');
      const [row] = await manager.query<{ id: string; author: string; body: string; created_at: Date }[]>(
        `INSERT INTO case_notes (case_id, author, body) VALUES ($1, $2, $3) RETURNING id, author, body, created_at`,
        [caseId, staff.sub, body],
      );
      return { id: row.id, author: row.author, body: row.body, createdAt: row.created_at };
    });
  }
}
