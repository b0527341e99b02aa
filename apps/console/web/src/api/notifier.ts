import type { Level } from '../components/LevelBadge';

/** Response shapes of the notifier (reached through /api/notifier), as its controllers return them. */

/** GET /v1/threads: one open alert conversation per enterprise and category, with its escalation state. */
export interface AlertThread {
  id: string;
  enterpriseId: string;
  category: string;
  alertId: string;
  status: 'open' | 'closed';
  level: Level;
  revision: number;
  notifiedRevision: number | null;
  notifiedAt: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  escalationStep: number;
  escalateAt: string | null;
  repeatAt: string | null;
  /** e.g. `silenced:<id>` while a silence holds it back */
  suppressedBy: string | null;
  openedAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** GET /v1/people/:personId/notifications: what this person was told (used for enterprise names and titles). */
export interface PersonNotification {
  id: string;
  alertId: string;
  enterpriseId: string;
  level: Level;
  title: string;
  body: { enterprise: { id: string; name: string } };
  createdAt: string;
  readAt: string | null;
}

/** GET /v1/alerts/:alertId/deliveries */
export interface Delivery {
  id: string;
  channel: string;
  target: string;
  status: 'pending' | 'delivered' | 'dead';
  alertRevision: number | null;
  attempts: number;
  createdAt: string;
  deliveredAt: string | null;
  attemptLog: { attempt: number; outcome: string; httpStatus: number | null; error: string | null; at: string }[];
}

export interface Acknowledgement {
  threadId: string;
  acknowledgedAt: string;
  acknowledgedBy: string;
  first: boolean;
}
