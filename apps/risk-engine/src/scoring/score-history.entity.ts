import type { FiredRule, Level, RiskAssessment } from '@concord/risk-rules';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One row per scored event: how the enterprise's risk moved, and why. */
@Entity({ name: 'score_history' })
export class ScoreHistory {
  /** bigint identity; pg returns it as a string */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'text' })
  triggerEventId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'text' })
  band!: Level;

  @Column({ type: 'text' })
  level!: Level;

  @Column({ type: 'jsonb' })
  fired!: FiredRule[];

  /** When hysteresis holds the level above the score's own: the day and level that hold it. */
  @Column({ type: 'jsonb', nullable: true })
  heldBy!: RiskAssessment['heldBy'];

  @Column({ type: 'text' })
  ruleSetId!: string;

  @Column({ type: 'int' })
  ruleSetVersion!: number;

  @Column({ type: 'timestamptz' })
  asOf!: Date;

  @Column({ type: 'timestamptz' })
  scoredAt!: Date;
}
