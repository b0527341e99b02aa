import { ViewColumn, ViewEntity } from 'typeorm';

export type AttemptOutcome = 'delivered' | 'failed';

/** The log of every delivery attempt, failed ones included (view delivery_attempt_log: an inbox entry is one delivered attempt). */
@ViewEntity({ name: 'delivery_attempt_log' })
export class DeliveryAttempt {
  @ViewColumn()
  deliveryId!: string;

  @ViewColumn()
  attempt!: number;

  @ViewColumn()
  outcome!: AttemptOutcome;

  @ViewColumn()
  httpStatus!: number | null;

  @ViewColumn()
  error!: string | null;

  @ViewColumn()
  at!: Date;
}
