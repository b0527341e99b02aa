import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, enterpriseScopeOf, enterpriseScopeSql, StaffAccess, regionScopeSql } from '@concord/auth';
import { DomainError } from '@concord/platform';
import type { Silence } from '@concord/routing';
import { DataSource } from 'typeorm';
import { type SilenceRow, silenceOfRow } from '../../notices/notice-context.reader';
import { CreateSilenceUseCase } from '../use-cases/create-silence.use-case';
import { LiftSilenceUseCase } from '../use-cases/lift-silence.use-case';
import { CreateSilenceBody, SilenceParams } from './silences.dto';

/**
 * Silences of administrators and federation staff; a staff member silences, sees and lifts only
 * silences on an enterprise or region inside their own region subtree.
 */
@Controller('v1/silences')
@Roles('admin', 'federation_staff')
export class SilencesController {
  constructor(
    private readonly access: StaffAccess,
    private readonly dataSource: DataSource,
    private readonly createSilence: CreateSilenceUseCase,
    private readonly liftSilence: LiftSilenceUseCase,
  ) {}

  @Post()
  async create(@Body() body: CreateSilenceBody, @CurrentStaff() staff: StaffClaims): Promise<Silence> {
    if (body.enterpriseId) await this.access.assertEnterprise(staff, body.enterpriseId);
    if (body.regionId) await this.access.assertRegion(staff, body.regionId);
    return this.createSilence.execute({ ...body, startsAt: body.startsAt ?? new Date() }, staff.sub);
  }

  /** Silences not yet over, soonest end first. */
  @Get()
  async list(@CurrentStaff() staff: StaffClaims): Promise<{ items: Silence[] }> {
    const inScope = this.inScope(staff);
    const rows = await this.dataSource.query<SilenceRow[]>(`SELECT * FROM silences s WHERE expired_at IS NULL AND ${inScope.sql} ORDER BY ends_at`, inScope.params);
    return { items: rows.map(silenceOfRow) };
  }

  @Delete(':silenceId')
  @HttpCode(204)
  async lift(@Param() params: SilenceParams, @CurrentStaff() staff: StaffClaims): Promise<void> {
    const inScope = this.inScope(staff, 2);
    const [silence] = await this.dataSource.query<{ allowed: boolean }[]>(`SELECT ${inScope.sql} AS allowed FROM silences s WHERE id = $1`, [params.silenceId, ...inScope.params]);
    if (silence && !silence.allowed) throw new DomainError('forbidden', `Silence ${params.silenceId} is outside your scope`);
    await this.liftSilence.execute(params.silenceId);
  }

  /** A silence is in scope when its enterprise is, or (a region-wide one) when its region is. */
  private inScope(staff: StaffClaims, firstParam = 1): { sql: string; params: string[] } {
    const scope = enterpriseScopeOf(staff);
    const enterprise = enterpriseScopeSql(scope, 's.enterprise_id', firstParam);
    const region = regionScopeSql(scope, 's.region_id', firstParam + enterprise.params.length);
    return {
      sql: `((s.enterprise_id IS NOT NULL AND ${enterprise.sql}) OR (s.region_id IS NOT NULL AND ${region.sql}))`,
      params: [...enterprise.params, ...region.params],
    };
  }
}
