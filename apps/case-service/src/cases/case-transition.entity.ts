import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CaseStatus } from './case.entity';

/** Every status change of a case, who made it ('system' or a person id) and why. */
@Entity({ name: 'case_transitions' })
export class CaseTransition {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** null for the case's opening */
  @Column({ type: 'text', nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ type: 'text' })
  toStatus!: CaseStatus;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
