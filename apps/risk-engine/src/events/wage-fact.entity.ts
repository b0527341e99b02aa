import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One wage payment run (concord.hr.wage_payment.v1), in the shape the wage features are derived from. */
@Entity({ name: 'wage_facts' })
export class WageFact {
  @PrimaryColumn({ type: 'text' })
  eventId!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  /** 'YYYY-MM' */
  @Column({ type: 'text' })
  period!: string;

  /** 'YYYY-MM-DD' (TypeORM hydrates `date` as a string, so no time zone creeps in) */
  @Column({ type: 'date' })
  scheduledPayDate!: string;

  @Column({ type: 'date', nullable: true })
  actualPayDate!: string | null;

  @Column({ type: 'int' })
  headcount!: number;

  @Column({ type: 'int' })
  workersDue!: number;

  @Column({ type: 'int' })
  workersPaid!: number;

  /** bigint: pg returns it as a string to keep every digit */
  @Column({ type: 'bigint' })
  amountDueMinor!: string;

  @Column({ type: 'bigint' })
  amountPaidMinor!: string;

  @Column({ type: 'text', nullable: true })
  supersedes!: string | null;
}
