import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CaseNoticeKind, CaseRecipientRole } from '../case-audience';
import type { CaseNoticeBody } from '../case-notice-body';

export interface PersonCaseNoticeView {
  id: string;
  caseId: string;
  enterpriseId: string;
  kind: CaseNoticeKind;
  /** the roles the person heard it in */
  roles: CaseRecipientRole[];
  title: string;
  body: CaseNoticeBody;
  language: 'zh-CN' | 'en';
  createdAt: Date;
  readAt: Date | null;
}

/** A person's case messages (the inbox entries of case events), newest first. */
@Injectable()
export class ListPersonCaseNoticesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(personId: string, limit: number): Promise<{ items: PersonCaseNoticeView[] }> {
    const items = await this.dataSource.query<PersonCaseNoticeView[]>(
      `SELECT id, case_id AS "caseId", enterprise_id AS "enterpriseId", kind, roles, title, body, language, created_at AS "createdAt", read_at AS "readAt"
         FROM case_notices WHERE person_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [personId, limit],
    );
    return { items };
  }
}
