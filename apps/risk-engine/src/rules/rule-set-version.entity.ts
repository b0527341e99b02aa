import type { RuleSet } from '@concord/risk-rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RuleSetStatus = 'draft' | 'published' | 'retired';

/** One version of the rule set: the draft being edited, the published one, or a retired one. */
@Entity({ name: 'rule_sets' })
export class RuleSetVersion {
  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: RuleSetStatus;

  /** The whole rule set; its own `version` equals this row's. */
  @Column({ type: 'jsonb' })
  body!: RuleSet;

  /** The published version the draft started from. */
  @Column({ type: 'int', nullable: true })
  basedOnVersion!: number | null;

  @Column({ type: 'text' })
  editedBy!: string;

  @Column({ type: 'timestamptz' })
  editedAt!: Date;

  @Column({ type: 'text', nullable: true })
  publishedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  publishReason!: string | null;
}
