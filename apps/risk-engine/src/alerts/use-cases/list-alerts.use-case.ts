import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AlertView, toAlertView } from '../alert-view.mapper';
import { Alert } from '../alert.entity';
import type { ListAlertsQuery } from '../http/list-alerts-query.dto';

@Injectable()
export class ListAlertsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first (by when the alert opened), optionally for one enterprise and/or one status. */
  async execute({ enterpriseId, status, limit }: ListAlertsQuery): Promise<{ items: AlertView[] }> {
    const alerts = await this.dataSource.getRepository(Alert).find({
      where: { ...(enterpriseId ? { enterpriseId } : {}), ...(status ? { status } : {}) },
      order: { openedAt: 'DESC', alertId: 'ASC' },
      take: limit,
    });
    return { items: alerts.map(toAlertView) };
  }
}
