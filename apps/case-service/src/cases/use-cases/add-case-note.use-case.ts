import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { DataSource } from 'typeorm';
import { assertMayWriteToCase } from '../case-writers.policy';

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
      await assertMayWriteToCase(manager, caseId, staff);
      const [row] = await manager.query<{ id: string; author: string; body: string; created_at: Date }[]>(
        `INSERT INTO case_notes (case_id, author, body) VALUES ($1, $2, $3) RETURNING id, author, body, created_at`,
        [caseId, staff.sub, body],
      );
      return { id: row.id, author: row.author, body: row.body, createdAt: row.created_at };
    });
  }
}
