import { Injectable } from '@nestjs/common';
import type { StaffClaims } from '@concord/auth';
import type { RiskLevel } from '@concord/contracts';
import { DataSource } from 'typeorm';
import { caseScopeSql } from '../case-access.policy';
import type { StoredCaseState } from '../case-state.codec';
import type { CaseStatus } from '../case.entity';

export interface CaseSummaryView {
  id: string;
  enterpriseId: string;
  /** from the directory's published profile (see CaseView) */
  enterpriseName: string | null;
  alertId: string | null;
  level: RiskLevel;
  status: CaseStatus;
  collective: boolean;
  category: string;
  openedAt: Date;
  updatedAt: Date;
  /** the active mediators */
  mediatorIds: string[];
  /** as in the case's detail: a board counts every listed case's deadlines down from it, without a request per case */
  state: StoredCaseState;
}

interface Row {
  id: string;
  enterprise_id: string;
  enterprise_name: string | null;
  alert_id: string | null;
  level: RiskLevel;
  status: CaseStatus;
  collective: boolean;
  category: string;
  opened_at: Date;
  updated_at: Date;
  mediator_ids: string[];
  state: StoredCaseState;
}

/** Cases newest first, optionally of one enterprise; only those the caller may read (a condition of the query). */
@Injectable()
export class ListCasesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(filter: { enterpriseId?: string; limit: number }, staff: StaffClaims): Promise<{ items: CaseSummaryView[] }> {
    const readable = caseScopeSql(staff, 'read', 3);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.id, c.enterprise_id, p.name AS enterprise_name, c.alert_id, c.level, c.status, c.collective, c.category, c.opened_at, c.updated_at, c.state,
              COALESCE(array_agg(a.mediator_id ORDER BY a.mediator_id) FILTER (WHERE a.mediator_id IS NOT NULL), '{}') AS mediator_ids
         FROM cases c
         LEFT JOIN case_assignments a ON a.case_id = c.id AND a.active
         LEFT JOIN directory.enterprise_profile_v1 p ON p.enterprise_id = c.enterprise_id
        WHERE ($1::uuid IS NULL OR c.enterprise_id = $1::uuid) AND ${readable.sql}
        GROUP BY c.id, p.name
        ORDER BY c.opened_at DESC, c.id
        LIMIT $2`,
      [filter.enterpriseId ?? null, filter.limit, ...readable.params],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        enterpriseId: row.enterprise_id,
        enterpriseName: row.enterprise_name,
        alertId: row.alert_id,
        level: row.level,
        status: row.status,
        collective: row.collective,
        category: row.category,
        openedAt: row.opened_at,
        updatedAt: row.updated_at,
        mediatorIds: row.mediator_ids,
        state: row.state,
      })),
    };
  }
}
