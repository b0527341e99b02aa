import { Injectable } from '@nestjs/common';
import { type EnterpriseScope, enterpriseScopeSql } from '@concord/auth';
import { DataSource, In } from 'typeorm';
import { type AlertView, toAlertView } from '../alert-view.mapper';
import { Alert } from '../alert.entity';
import type { ListAlertsQuery } from '../http/list-alerts-query.dto';

@Injectable()
export class ListAlertsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Newest first (by when the alert opened), optionally for one enterprise and/or one status, of
   * the enterprises in scope only: the scope is a condition of the query, so a page is never short.
   */
  async execute({ enterpriseId, status, limit }: ListAlertsQuery, scope: EnterpriseScope): Promise<{ items: AlertView[] }> {
    const inScope = enterpriseScopeSql(scope, 'a.enterprise_id', 4);
    const rows = await this.dataSource.query<{ alert_id: string }[]>(
      `SELECT a.alert_id FROM alerts a
        WHERE ($1::uuid IS NULL OR a.enterprise_id = $1::uuid) AND ($2::text IS NULL OR a.status = $2::text) AND ${inScope.sql}
        ORDER BY a.opened_at DESC, a.alert_id
        LIMIT $3`,
      [enterpriseId ?? null, status ?? null, limit, ...inScope.params],
    );
    if (rows.length === 0) return { items: [] };
    const byId = new Map((await this.dataSource.getRepository(Alert).findBy({ alertId: In(rows.map((row) => row.alert_id)) })).map((alert) => [alert.alertId, alert]));
    return { items: rows.map((row) => toAlertView(byId.get(row.alert_id) as Alert)) };
  }
}
