import type { FiredRule, Level, RiskAssessment } from '@concord/risk-rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The current risk of one enterprise: the latest score, with everything needed to explain it. */
@Entity({ name: 'enterprise_risk' })
export class EnterpriseRisk {
  @PrimaryColumn({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ type: 'text' })
  band!: Level;

  @Column({ type: 'text' })
  level!: Level;

  @Column({ type: 'text' })
  ruleSetId!: string;

  @Column({ type: 'int' })
  ruleSetVersion!: number;

  @Column({ type: 'jsonb' })
  fired!: FiredRule[];

  /** When hysteresis holds the level above the score's own: the day and level that hold it. */
  @Column({ type: 'jsonb', nullable: true })
  heldBy!: RiskAssessment['heldBy'];

  @Column({ type: 'text', array: true })
  evidenceEventIds!: string[];

  /** The business time the features were evaluated at (see ScoreEventsUseCase). */
  @Column({ type: 'timestamptz' })
  asOf!: Date;

  /** When the engine computed the score (wall clock). */
  @Column({ type: 'timestamptz' })
  scoredAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  /** Changes with every write of the enterprise's events (see EnterpriseHistoryCache); null before the first. */
  @Column({ type: 'uuid', nullable: true })
  historyVersion!: string | null;
}
