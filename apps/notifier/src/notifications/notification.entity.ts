import type { RiskLevel } from '@concord/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationBody } from './notification-content.renderer';

/**
 * What one person is told about one alert revision; also their in-app inbox. At most one per
 * (alert, revision, person), which a unique constraint enforces.
 */
@Entity({ name: 'notifications' })
export class Notification {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  alertId!: string;

  @Column({ type: 'int' })
  alertRevision!: number;

  @Column({ type: 'uuid' })
  enterpriseId!: string;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'text' })
  level!: RiskLevel;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'jsonb' })
  body!: NotificationBody;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** The notice (of a thread) this entry tells. */
  @Column({ type: 'uuid' })
  noticeId!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @Column({ type: 'text' })
  language!: 'zh-CN' | 'en';
}
