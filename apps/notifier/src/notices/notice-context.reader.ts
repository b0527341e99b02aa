import { Injectable } from '@nestjs/common';
import { DEFAULT_ROUTING, type PersonPreferences, type RoutingTable, type Silence, routingForRegion } from '@concord/routing';
import type { EntityManager } from 'typeorm';
import type { WebhookFormat } from '../channels/webhook-formats';

export interface WebhookEndpoint {
  id: string;
  url: string;
  format: WebhookFormat;
}

/** The notifier's own settings that decide a notice: routing, silences, preferences, endpoints. */
@Injectable()
export class NoticeContextReader {
  async routingTable(manager: EntityManager, regionPath: readonly string[]): Promise<RoutingTable> {
    if (regionPath.length === 0) return DEFAULT_ROUTING;
    const rows = await manager.query<{ region_id: string; min_level_by_role: RoutingTable['minLevelByRole'] }[]>(
      `SELECT region_id, min_level_by_role FROM routing_tables WHERE region_id = ANY($1::uuid[])`,
      [regionPath],
    );
    return routingForRegion(regionPath, new Map(rows.map((row) => [row.region_id, { minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, ...row.min_level_by_role } }])));
  }

  async activeSilences(manager: EntityManager, enterpriseId: string, regionPath: readonly string[], now: Date): Promise<Silence[]> {
    const rows = await manager.query<SilenceRow[]>(
      `SELECT * FROM silences WHERE expired_at IS NULL AND starts_at <= $3 AND ends_at > $3
          AND (enterprise_id = $1 OR region_id = ANY($2::uuid[]))`,
      [enterpriseId, regionPath, now],
    );
    return rows.map(silenceOfRow);
  }

  async preferences(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, PersonPreferences>> {
    const rows = await manager.query<{ person_id: string; channels_by_level: PersonPreferences['channelsByLevel']; quiet_hours: PersonPreferences['quietHours'] }[]>(
      `SELECT person_id, channels_by_level, quiet_hours FROM person_preferences WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return new Map(rows.map((row) => [row.person_id, { channelsByLevel: row.channels_by_level, quietHours: row.quiet_hours }]));
  }

  webhookEndpoints(manager: EntityManager, regionPath: readonly string[]): Promise<WebhookEndpoint[]> {
    return manager.query<WebhookEndpoint[]>(`SELECT id, url, format FROM webhook_endpoints WHERE active AND region_id = ANY($1::uuid[]) ORDER BY id`, [regionPath]);
  }
}

export interface SilenceRow {
  id: string;
  enterprise_id: string | null;
  region_id: string | null;
  category: Silence['category'];
  max_level: Silence['maxLevel'];
  starts_at: Date;
  ends_at: Date;
  reason: string;
  created_by: string;
}

export function silenceOfRow(row: SilenceRow): Silence {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    regionId: row.region_id,
    category: row.category,
    maxLevel: row.max_level,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    reason: row.reason,
    createdBy: row.created_by,
  };
}
