import type { AssignmentReason } from '@concord/assignment';
import type { RiskLevel } from '@concord/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * DOMAIN.md §7 stages. This slice moves a case from intake to assigned, or leaves it in triage
 * when nobody is eligible; the later stages arrive with the deadline timers.
 */
export type CaseStatus = 'intake' | 'triage' | 'assigned' | 'accepted' | 'in_mediation' | 'agreement' | 'monitoring' | 'closed' | 'failed' | 'escalated';

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

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}
