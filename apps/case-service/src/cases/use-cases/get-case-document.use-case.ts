import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { assertCaseAccess } from '../case-access.policy';

export interface CaseDocumentFile {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

/** One document's bytes with its media type; 404 when the case has no such document, 403 outside the caller's scope. */
@Injectable()
export class GetCaseDocumentUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caseId: string, documentId: string, staff: StaffClaims): Promise<CaseDocumentFile> {
    await assertCaseAccess(this.dataSource.manager, caseId, staff, 'read');
    const rows = await this.dataSource.query<{ file_name: string; media_type: string; content: Buffer }[]>(
      `SELECT file_name, media_type, content FROM case_documents WHERE case_id = $1 AND id = $2`,
      [caseId, documentId],
    );
    const row = rows[0];
    if (!row) throw new DomainError('not_found', `Case ${caseId} has no document ${documentId}`);
    return { fileName: row.file_name, mediaType: row.media_type, content: row.content };
  }
}
