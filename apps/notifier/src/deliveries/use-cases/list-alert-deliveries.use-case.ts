import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DeliveryAttempt } from '../delivery-attempt.entity';
import { Delivery, type DeliveryStatus } from '../delivery.entity';

export type DeliveryView = Delivery & {
  attemptLog: Pick<DeliveryAttempt, 'attempt' | 'outcome' | 'httpStatus' | 'error' | 'at'>[];
};

/**
 * Deliveries of an alert (all revisions, all channels, in-app entries included), or in one status,
 * each with its attempt log. An alert's are found through its notices, which its thread indexes.
 */
@Injectable()
export class ListAlertDeliveriesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(filter: { alertId: string } | { status: DeliveryStatus }): Promise<{ items: DeliveryView[] }> {
    const where = 'alertId' in filter ? { noticeId: In(await this.noticesOf(filter.alertId)) } : filter;
    const deliveries = await this.dataSource.getRepository(Delivery).find({
      where,
      order: 'alertId' in filter ? { alertRevision: 'ASC', channel: 'ASC', target: 'ASC' } : { createdAt: 'DESC' },
      take: 500,
    });
    const attempts = deliveries.length
      ? await this.dataSource.getRepository(DeliveryAttempt).find({
          where: { deliveryId: In(deliveries.map((d) => d.id)) },
          order: { attempt: 'ASC' },
        })
      : [];
    return {
      items: deliveries.map((delivery) => ({
        ...delivery,
        attemptLog: attempts
          .filter((a) => a.deliveryId === delivery.id)
          .map(({ attempt, outcome, httpStatus, error, at }) => ({ attempt, outcome, httpStatus, error, at })),
      })),
    };
  }

  private async noticesOf(alertId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT x.id FROM notices x JOIN threads t ON t.id = x.thread_id WHERE t.alert_id = $1 AND x.alert_id = $1`,
      [alertId],
    );
    return rows.map((row) => row.id);
  }
}
