import type { AssignmentReason } from '@concord/assignment';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A mediator on a case, with the explanation of why they were chosen. */
@Entity({ name: 'case_assignments' })
export class CaseAssignment {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  mediatorId!: string;

  @Column({ type: 'timestamptz' })
  assignedAt!: Date;

  /** false once reassigned or released */
  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'jsonb' })
  reason!: AssignmentReason;
}
