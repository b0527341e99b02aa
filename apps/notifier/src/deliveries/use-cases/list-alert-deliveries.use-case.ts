import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DeliveryAttempt } from '../delivery-attempt.entity';
import { Delivery, type DeliveryStatus } from '../delivery.entity';

export type DeliveryView = Omit<Delivery, 'payload'> & {
  attemptLog: Pick<DeliveryAttempt, 'attempt' | 'outcome' | 'httpStatus' | 'error' | 'at'>[];
};

/** Deliveries of an alert (all revisions, all channels), or in one status, each with its attempt log. */
@Injectable()
export class ListAlertDeliveriesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(filter: { alertId: string } | { status: DeliveryStatus }): Promise<{ items: DeliveryView[] }> {
    const deliveries = await this.dataSource.getRepository(Delivery).find({
      where: filter,
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
      items: deliveries.map(({ payload: _payload, ...delivery }) => ({
        ...delivery,
        attemptLog: attempts
          .filter((a) => a.deliveryId === delivery.id)
          .map(({ attempt, outcome, httpStatus, error, at }) => ({ attempt, outcome, httpStatus, error, at })),
      })),
    };
  }
}
