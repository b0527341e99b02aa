import { preparedStatement } from '@concord/database';
import type { SentChannel } from './delivery-jobs';
import type { CaseNoticeBody } from '../cases/case-notice-body';
import type { NotificationBody } from '../notifications/notification-content.renderer';

/**
 * A delivery with what sending it needs: its notification's (or case notice's) content and
 * language, and the webhook endpoint's secret. The notice fields are null for a case notice's.
 */
export interface DeliveryToSend {
  id: string;
  channel: SentChannel;
  target: string;
  status: 'pending' | 'delivered' | 'dead';
  notice_id: string | null;
  case_notice_id: string | null;
  person_id: string | null;
  notification_id: string | null;
  thread_id: string | null;
  enterprise_id: string;
  /** A webhook's body as stored: the text it is sent and signed as. */
  payload: string | null;
  endpoint_secret: string | null;
  body: NotificationBody | null;
  case_body: CaseNoticeBody | null;
  language: 'zh-CN' | 'en' | null;
  reason: string | null;
  round: number | null;
  /** When the notice was made: for an escalation, the deadline that was missed. */
  notice_at: Date | null;
}

export const DELIVERIES_TO_SEND = preparedStatement(
  'notify.deliveries-to-send',
  `
  SELECT d.id, d.channel, d.target, d.status, d.notice_id, d.case_notice_id, d.person_id, d.notification_id, d.payload::text AS payload, n.thread_id,
         COALESCE(t.enterprise_id, cn.enterprise_id) AS enterprise_id, n.reason, n.round, n.created_at AS notice_at,
         e.secret AS endpoint_secret, CASE WHEN d.notification_id IS NOT NULL THEN n.body END AS body, cn.body AS case_body, COALESCE(nf.language, cn.language) AS language
    FROM deliveries d
    LEFT JOIN notices n ON n.id = d.notice_id
    LEFT JOIN threads t ON t.id = n.thread_id
    LEFT JOIN case_notices cn ON cn.id = d.case_notice_id
    LEFT JOIN notifications nf ON nf.id = d.notification_id
    LEFT JOIN webhook_endpoints e ON e.id = d.endpoint_id
   WHERE d.id = ANY($1::uuid[])`,
);
