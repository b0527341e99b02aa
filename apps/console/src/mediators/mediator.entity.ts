import type { MediatorAffiliation, MediatorTier } from '@concord/assignment';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One spell of employment as mediator_roster_v2 publishes it; dates are 'YYYY-MM-DD', `to` null while still employed. */
export interface EmploymentRecord {
  enterpriseId: string;
  groupId: string | null;
  from: string;
  to: string | null;
}

/** A person on the mediator roster; other services read it through mediator_roster_v1/v2. */
@Entity({ name: 'mediators' })
export class Mediator {
  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** On leave, sick, or otherwise not taking cases now. */
  @Column({ type: 'boolean', default: false })
  unavailable!: boolean;

  @Column({ type: 'text', array: true })
  tiers!: MediatorTier[];

  @Column({ type: 'uuid', array: true })
  regionIds!: string[];

  @Column({ type: 'text', array: true })
  languages!: string[];

  @Column({ type: 'text', array: true })
  expertise!: string[];

  @Column({ type: 'text', array: true })
  industries!: string[];

  /** Open cases the mediator can carry at once. */
  @Column({ type: 'integer' })
  capacity!: number;

  @Column({ type: 'uuid', array: true })
  conflictEnterpriseIds!: string[];

  /** union, employers, government or independent; null until recorded (balanced panels need it). */
  @Column({ type: 'text', nullable: true })
  affiliation!: MediatorAffiliation | null;

  /** Dated past and present employment, for the 2-year conflict-of-interest window. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  employmentHistory!: EmploymentRecord[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
