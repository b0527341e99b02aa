import type { FiredRule, Level } from '@concord/risk-rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type AlertStatus = 'open' | 'resolved';

/**
 * One alert per episode of risk: opened when an enterprise reaches BLUE or above, updated (new
 * revision) when its level rises, resolved when it falls back to GREEN. At most one is open per
 * enterprise (a partial unique index enforces it).
 */
@Entity({ name: 'alerts' })
export class Alert {
  @PrimaryColumn({ type: 'uuid' })
  alertId!: string;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'text' })
  status!: AlertStatus;

  /** The highest level the alert reached; kept when it resolves so history shows how bad it got. */
  @Column({ type: 'text' })
  level!: Level;

  /** Revision of the last published riskAlertV1 message for this alert. */
  @Column({ type: 'int' })
  revision!: number;

  /** The fired rules of the score behind the last revision. */
  @Column({ type: 'jsonb' })
  fired!: FiredRule[];

  @Column({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
