import type { AssignmentReason } from '@concord/assignment';
import type { CaseStage } from '@concord/case-workflow';
import type { RiskLevel } from '@concord/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StoredCaseState } from './case-state.codec';

/** DOMAIN.md §7 stages, as @concord/case-workflow names them; always `state.stage`, kept as a column to filter on. */
export type CaseStatus = CaseStage;

/** A mediation case; one per alert at most (unique alert_id), none for cases staff open by hand. */
@Entity({ name: 'cases' })
export class Case {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'uuid', nullable: true })
  alertId!: string | null;

  @Column({ type: 'text' })
  level!: RiskLevel;

  @Column({ type: 'text' })
  status!: CaseStatus;

  @Column({ type: 'boolean' })
  collective!: boolean;

  @Column({ type: 'text' })
  category!: string;

  /** Why the case waits in triage: the failed assignment's explanation (null once assigned, or if never tried). */
  @Column({ type: 'jsonb', nullable: true })
  triageReason!: AssignmentReason | null;

  /** @concord/case-workflow's CaseState, as stored by case-state.codec (instants as ISO strings) */
  @Column({ type: 'jsonb' })
  state!: StoredCaseState;

  /** the staff member who opened the case by hand; null for a case opened for an alert */
  @Column({ type: 'text', nullable: true })
  openedBy!: string | null;

  /** what the case is about, as staff wrote it when opening it by hand */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /** the complaint a hand-opened case came from, in the intake's own id */
  @Column({ type: 'text', nullable: true })
  sourceComplaintId!: string | null;

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
