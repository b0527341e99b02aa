import { Injectable } from '@nestjs/common';
import type { RiskLevel } from '@concord/contracts';
import { DataSource } from 'typeorm';
import type { DeliveryStatus } from '../../deliveries/delivery.entity';
import type { NotificationBody } from '../notification-content.renderer';

export interface PersonNotificationView {
  id: string;
  alertId: string;
  alertRevision: number;
  enterpriseId: string;
  level: RiskLevel;
  title: string;
  body: NotificationBody;
  createdAt: Date;
  readAt: Date | null;
  /** the in-app delivery of this notification: the entry itself, delivered when written */
  delivery: { id: string; status: Extract<DeliveryStatus, 'delivered'>; attempts: 1; deliveredAt: Date };
}

interface Row {
  id: string;
  alert_id: string;
  alert_revision: number;
  enterprise_id: string;
  level: RiskLevel;
  title: string;
  body: NotificationBody;
  created_at: Date;
  read_at: Date | null;
}

/** A person's in-app inbox, newest first. */
@Injectable()
export class ListPersonNotificationsUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(personId: string, limit: number): Promise<{ items: PersonNotificationView[] }> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT n.id, n.alert_id, n.alert_revision, n.enterprise_id, n.level, x.title, x.body, n.created_at, n.read_at
         FROM notifications n
         JOIN notices x ON x.id = n.notice_id
        WHERE n.person_id = $1
        ORDER BY n.created_at DESC, n.id
        LIMIT $2`,
      [personId, limit],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        alertId: row.alert_id,
        alertRevision: row.alert_revision,
        enterpriseId: row.enterprise_id,
        level: row.level,
        title: row.title,
        body: row.body,
        createdAt: row.created_at,
        readAt: row.read_at,
        delivery: { id: row.id, status: 'delivered', attempts: 1, deliveredAt: row.created_at },
      })),
    };
  }
}
