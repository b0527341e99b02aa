import type { DeliveryChannel } from '@concord/routing';
import { ViewColumn, ViewEntity } from 'typeorm';

export type DeliveryStatus = 'pending' | 'delivered' | 'dead';

/**
 * One message of one notice (of an alert thread, or of a case) on one channel to one target (a
 * person in-app, an address, a phone number, a webhook URL), as the delivery log (view
 * delivery_log) shows it: the sent ones are rows of `deliveries`, at most one per notice, channel
 * and target, whose id is also the BullMQ job id (so enqueueing one again is harmless); an in-app
 * one is the person's inbox entry itself, delivered when written.
 */
@ViewEntity({ name: 'delivery_log' })
export class Delivery {
  @ViewColumn()
  id!: string;

  /** null for the webhook, which carries the alert itself rather than one person's notification */
  @ViewColumn()
  notificationId!: string | null;

  /** The thread notice it tells; null for a case notice's delivery. */
  @ViewColumn()
  noticeId!: string | null;

  /** The case notice it tells; null for an alert's. Exactly one of the two is set. */
  @ViewColumn()
  caseNoticeId!: string | null;

  /** The person it reaches; null for a webhook. */
  @ViewColumn()
  personId!: string | null;

  /** null for a case notice's delivery */
  @ViewColumn()
  alertId!: string | null;

  @ViewColumn()
  alertRevision!: number | null;

  @ViewColumn()
  channel!: DeliveryChannel;

  @ViewColumn()
  target!: string;

  @ViewColumn()
  status!: DeliveryStatus;

  @ViewColumn()
  attempts!: number;

  @ViewColumn()
  lastError!: string | null;

  @ViewColumn()
  createdAt!: Date;

  @ViewColumn()
  deliveredAt!: Date | null;

  /** Not sent before (the end of the person's quiet hours). */
  @ViewColumn()
  notBefore!: Date;

  /** The delivery whose final failure this one stands in for. */
  @ViewColumn()
  fallbackOf!: string | null;

  /** How often staff replayed it from the dead-letter state. */
  @ViewColumn()
  replays!: number;

  @ViewColumn()
  endpointId!: string | null;
}
