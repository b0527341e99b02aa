import type { CaseCommandType } from '@concord/case-workflow';
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

  /** the @concord/case-workflow command applied; null for the opening and for rows older than the workflow */
  @Column({ type: 'text', nullable: true })
  command!: CaseCommandType | null;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
