import type { SentChannel } from './delivery-jobs';
import type { NotificationBody } from '../notifications/notification-content.renderer';

/** A delivery with what sending it needs: its notification's content and language, and the webhook endpoint's secret. */
export interface DeliveryToSend {
  id: string;
  channel: SentChannel;
  target: string;
  status: 'pending' | 'delivered' | 'dead';
  notice_id: string;
  person_id: string | null;
  notification_id: string | null;
  thread_id: string;
  enterprise_id: string;
  payload: unknown;
  endpoint_secret: string | null;
  body: NotificationBody | null;
  language: 'zh-CN' | 'en' | null;
  reason: string;
  round: number;
  /** When the notice was made: for an escalation, the deadline that was missed. */
  notice_at: Date;
}

export const DELIVERY_TO_SEND_SQL = `
  SELECT d.id, d.channel, d.target, d.status, d.notice_id, d.person_id, d.notification_id, d.payload, n.thread_id, t.enterprise_id,
         n.reason, n.round, n.created_at AS notice_at,
         e.secret AS endpoint_secret, nf.body, nf.language
    FROM deliveries d
    JOIN notices n ON n.id = d.notice_id
    JOIN threads t ON t.id = n.thread_id
    LEFT JOIN notifications nf ON nf.id = d.notification_id
    LEFT JOIN webhook_endpoints e ON e.id = d.endpoint_id
   WHERE d.id = $1`;
