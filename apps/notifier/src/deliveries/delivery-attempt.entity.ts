import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AttemptOutcome = 'delivered' | 'failed';

/** The log of every delivery attempt, failed ones included. */
@Entity({ name: 'delivery_attempts' })
export class DeliveryAttempt {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'int' })
  attempt!: number;

  @Column({ type: 'text' })
  outcome!: AttemptOutcome;

  @Column({ type: 'int', nullable: true })
  httpStatus!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
