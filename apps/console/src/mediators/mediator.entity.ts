import type { MediatorTier } from '@concord/assignment';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person on the mediator roster; the case service reads it through mediator_roster_v1. */
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
