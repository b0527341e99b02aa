import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A case timer that fired, and what came of it; its id is the timer's fixed job id. */
@Entity({ name: 'case_timer_firings' })
export class CaseTimerFiring {
  @PrimaryColumn({ type: 'text' })
  timerId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** what the service did: reassigned, escalated, warned, … or why it could not */
  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'timestamptz' })
  firedAt!: Date;
}
