import { Injectable } from '@nestjs/common';
import { DEFAULT_ROUTING, type PersonPreferences, type RoutingTable, type Silence, routingForRegion } from '@concord/routing';
import type { EntityManager } from 'typeorm';
import type { WebhookFormat } from '../channels/webhook-formats';

export interface WebhookEndpoint {
  id: string;
  url: string;
  format: WebhookFormat;
}

/** The notifier's settings that decide the notices of a set of enterprises, read at once. */
export class NoticeContext {
  constructor(
    /** silences in force now that name one of the enterprises or one of their regions */
    readonly silences: readonly Silence[],
    private readonly routingRows: ReadonlyMap<string, RoutingTable>,
    private readonly endpoints: readonly (WebhookEndpoint & { regionId: string })[],
  ) {}

  /** The routing table of the enterprise's region: its own or the nearest ancestor's, else the defaults. */
  routingTable(regionPath: readonly string[]): RoutingTable {
    return routingForRegion(regionPath, this.routingRows);
  }

  /** The webhook endpoints of every region on the path, in id order. */
  webhookEndpoints(regionPath: readonly string[]): WebhookEndpoint[] {
    return this.endpoints.filter((endpoint) => regionPath.includes(endpoint.regionId)).map(({ id, url, format }) => ({ id, url, format }));
  }
}

@Injectable()
export class NoticeContextReader {
  async read(manager: EntityManager, enterprises: readonly { id: string; regionPath: readonly string[] }[], now: Date): Promise<NoticeContext> {
    const regionIds = [...new Set(enterprises.flatMap((enterprise) => enterprise.regionPath))];
    const silences = await manager.query<SilenceRow[]>(
      `SELECT * FROM silences WHERE expired_at IS NULL AND starts_at <= $3 AND ends_at > $3
          AND (enterprise_id = ANY($1::uuid[]) OR region_id = ANY($2::uuid[]))`,
      [enterprises.map((enterprise) => enterprise.id), regionIds, now],
    );
    const routing = await manager.query<{ region_id: string; min_level_by_role: RoutingTable['minLevelByRole'] }[]>(
      `SELECT region_id, min_level_by_role FROM routing_tables WHERE region_id = ANY($1::uuid[])`,
      [regionIds],
    );
    const endpoints = await manager.query<(WebhookEndpoint & { regionId: string })[]>(
      `SELECT id, url, format, region_id AS "regionId" FROM webhook_endpoints WHERE active AND region_id = ANY($1::uuid[]) ORDER BY id`,
      [regionIds],
    );
    return new NoticeContext(
      silences.map(silenceOfRow),
      new Map(routing.map((row) => [row.region_id, { minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, ...row.min_level_by_role } }])),
      endpoints,
    );
  }

  async preferences(manager: EntityManager, personIds: readonly string[]): Promise<Map<string, PersonPreferences>> {
    const rows = await manager.query<{ person_id: string; channels_by_level: PersonPreferences['channelsByLevel']; quiet_hours: PersonPreferences['quietHours'] }[]>(
      `SELECT person_id, channels_by_level, quiet_hours FROM person_preferences WHERE person_id = ANY($1::uuid[])`,
      [personIds],
    );
    return new Map(rows.map((row) => [row.person_id, { channelsByLevel: row.channels_by_level, quietHours: row.quiet_hours }]));
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
