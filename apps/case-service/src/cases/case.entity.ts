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

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
