import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type RuleSetAction = 'draft_saved' | 'backtested' | 'published' | 'rolled_back';

/** Who did what to which rule-set version, and why: the audit the console shows. */
@Entity({ name: 'rule_set_audit' })
export class RuleSetAudit {
  /** bigint identity; pg returns it as a string */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  action!: RuleSetAction;

  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
