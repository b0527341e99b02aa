import type { DeliveryChannel } from '@concord/routing';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/**
 * One message of one notice (of an alert thread, or of a case) on one channel to one target (a person for in-app, an address, a
 * phone number, a webhook URL), at most once per notice. Its id is also the BullMQ job id, so
 * enqueueing it again is harmless.
 */
@Entity({ name: 'deliveries' })
export class Delivery {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** null for the webhook, which carries the alert itself rather than one person's notification */
  @Column({ type: 'uuid', nullable: true })
  notificationId!: string | null;

  /** The thread notice it tells; null for a case notice's delivery. */
  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  /** The case notice it tells; null for an alert's. Exactly one of the two is set. */
  @Column({ type: 'uuid', nullable: true })
  caseNoticeId!: string | null;

  /** The person it reaches; null for a webhook. */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  /** null for a case notice's delivery */
  @Column({ type: 'uuid', nullable: true })
  alertId!: string | null;

  @Column({ type: 'int', nullable: true })
  alertRevision!: number | null;

  @Column({ type: 'text' })
  channel!: DeliveryChannel;

  @Column({ type: 'text' })
  target!: string;

  /** The webhook body, stored so every retry sends the same content; null for in-app. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: Record<string, unknown> | null;

  @Column({ type: 'text' })
  status!: DeliveryStatus;

  @Column({ type: 'int' })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** Not sent before (the end of the person's quiet hours). */
  @Column({ type: 'timestamptz' })
  notBefore!: Date;

  /** The delivery whose final failure this one stands in for. */
  @Column({ type: 'uuid', nullable: true })
  fallbackOf!: string | null;

  /** How often staff replayed it from the dead-letter state. */
  @Column({ type: 'int' })
  replays!: number;

  @Column({ type: 'uuid', nullable: true })
  endpointId!: string | null;
}
