import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, assertSelfOrAdmin } from '@concord/auth';
import { DEFAULT_CHANNELS, DEFAULT_ROUTING, type PersonPreferences, type RoutingTable } from '@concord/routing';
import { DataSource } from 'typeorm';
import { EndpointParams, PersonParams, PreferencesBody, RegionParams, RoutingTableBody, WebhookEndpointBody } from './settings.dto';

interface WebhookEndpointView {
  id: string;
  regionId: string;
  url: string;
  format: string;
  active: boolean;
}

/**
 * The notifier's settings as data: routing per region (defaults for regions without one), each
 * person's channels and quiet hours, and webhook endpoints per region. Reads and writes are single
 * statements on the notifier's own tables, so there is no use case between them and the route.
 * Routing and webhook endpoints are administrators' (they reach every enterprise of a region);
 * preferences are the person's own (or an administrator's to set for them).
 */
@Controller('v1')
export class SettingsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('routing/:regionId')
  @Roles('admin')
  async routing(@Param() params: RegionParams): Promise<RoutingTable & { regionId: string; custom: boolean }> {
    const [row] = await this.dataSource.query<{ min_level_by_role: RoutingTable['minLevelByRole'] }[]>(`SELECT min_level_by_role FROM routing_tables WHERE region_id = $1`, [params.regionId]);
    return { regionId: params.regionId, custom: row !== undefined, minLevelByRole: { ...DEFAULT_ROUTING.minLevelByRole, ...row?.min_level_by_role } };
  }

  @Put('routing/:regionId')
  @Roles('admin')
  async setRouting(@Param() params: RegionParams, @Body() body: RoutingTableBody, @CurrentStaff() staff: StaffClaims): Promise<RoutingTable & { regionId: string; custom: boolean }> {
    await this.dataSource.query(
      `INSERT INTO routing_tables (region_id, min_level_by_role, updated_by, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (region_id) DO UPDATE SET min_level_by_role = excluded.min_level_by_role, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [params.regionId, body.minLevelByRole, staff.sub],
    );
    return this.routing(params);
  }

  @Get('people/:personId/preferences')
  async preferences(@Param() params: PersonParams, @CurrentStaff() staff: StaffClaims): Promise<PersonPreferences & { personId: string; defaults: typeof DEFAULT_CHANNELS }> {
    assertSelfOrAdmin(staff, params.personId);
    const [row] = await this.dataSource.query<{ channels_by_level: PersonPreferences['channelsByLevel']; quiet_hours: PersonPreferences['quietHours'] }[]>(
      `SELECT channels_by_level, quiet_hours FROM person_preferences WHERE person_id = $1`,
      [params.personId],
    );
    return { personId: params.personId, channelsByLevel: row?.channels_by_level ?? {}, quietHours: row?.quiet_hours ?? null, defaults: DEFAULT_CHANNELS };
  }

  /** A person sets their own; an administrator may set anyone's. */
  @Put('people/:personId/preferences')
  async setPreferences(@Param() params: PersonParams, @Body() body: PreferencesBody, @CurrentStaff() staff: StaffClaims): Promise<PersonPreferences & { personId: string }> {
    assertSelfOrAdmin(staff, params.personId);
    await this.dataSource.query(
      `INSERT INTO person_preferences (person_id, channels_by_level, quiet_hours, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (person_id) DO UPDATE SET channels_by_level = excluded.channels_by_level, quiet_hours = excluded.quiet_hours, updated_at = excluded.updated_at`,
      [params.personId, body.channelsByLevel, body.quietHours === null ? null : JSON.stringify(body.quietHours)],
    );
    return this.preferences(params, staff);
  }

  @Get('webhook-endpoints')
  @Roles('admin')
  async endpoints(): Promise<{ items: WebhookEndpointView[] }> {
    const items = await this.dataSource.query<WebhookEndpointView[]>(`SELECT id, region_id AS "regionId", url, format, active FROM webhook_endpoints ORDER BY created_at`);
    return { items };
  }

  /** The secret is stored to sign with and never shown again. */
  @Post('webhook-endpoints')
  @Roles('admin')
  async addEndpoint(@Body() body: WebhookEndpointBody, @CurrentStaff() staff: StaffClaims): Promise<WebhookEndpointView> {
    const [row] = await this.dataSource.query<WebhookEndpointView[]>(
      `INSERT INTO webhook_endpoints (id, region_id, url, format, secret, created_by) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5)
       RETURNING id, region_id AS "regionId", url, format, active`,
      [body.regionId, body.url, body.format, body.secret, staff.sub],
    );
    return row;
  }

  @Delete('webhook-endpoints/:endpointId')
  @Roles('admin')
  @HttpCode(204)
  async removeEndpoint(@Param() params: EndpointParams): Promise<void> {
    await this.dataSource.query(`UPDATE webhook_endpoints SET active = false WHERE id = $1`, [params.endpointId]);
  }
}
