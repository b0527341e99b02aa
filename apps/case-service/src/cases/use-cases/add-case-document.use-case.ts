import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import { DomainError } from '@concord/platform';
import { DataSource } from 'typeorm';
import { assertCaseAccess } from '../case-access.policy';
import { MAX_DOCUMENT_BYTES } from '../http/case-file.dto';

export interface CaseDocumentView {
  id: string;
  uploadedBy: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

export interface NewCaseDocument {
  fileName: string;
  mediaType: string;
  /** base64, as validated by the body's schema */
  content: string;
}

/**
 * Stores a document in the case file (metadata and bytes in Postgres: no object store runs beside
 * this service), with who uploaded it, when, and its sha256; staff or the case's own mediators.
 */
@Injectable()
export class AddCaseDocumentUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(caseId: string, document: NewCaseDocument, staff: StaffClaims): Promise<CaseDocumentView> {
    const bytes = Buffer.from(document.content, 'base64');
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new DomainError('payload_too_large', `The document is ${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes (5 MiB)`, [
        { path: 'content', message: `decoded size ${bytes.length} exceeds ${MAX_DOCUMENT_BYTES} bytes` },
      ]);
    }
    if (bytes.length === 0) throw new DomainError('validation_failed', 'The document is empty', [{ path: 'content', message: 'no bytes' }]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      await assertCaseAccess(manager, caseId, staff, 'act');
      const [row] = await manager.query<{ id: string; created_at: Date }[]>(
        `INSERT INTO case_documents (case_id, uploaded_by, file_name, media_type, size_bytes, sha256, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
        [caseId, staff.sub, document.fileName, document.mediaType, bytes.length, sha256, bytes],
      );
      return { id: row.id, uploadedBy: staff.sub, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: bytes.length, sha256, createdAt: row.created_at };
    });
  }
}
