import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims } from '@concord/auth';
import type { Silence } from '@concord/routing';
import { DataSource } from 'typeorm';
import { type SilenceRow, silenceOfRow } from '../../notices/notice-context.reader';
import { CreateSilenceUseCase } from '../use-cases/create-silence.use-case';
import { LiftSilenceUseCase } from '../use-cases/lift-silence.use-case';
import { CreateSilenceBody, SilenceParams } from './silences.dto';

@Controller('v1/silences')
@Roles('admin', 'federation_staff')
export class SilencesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly createSilence: CreateSilenceUseCase,
    private readonly liftSilence: LiftSilenceUseCase,
  ) {}

  @Post()
  create(@Body() body: CreateSilenceBody, @CurrentStaff() staff: StaffClaims): Promise<Silence> {
    return this.createSilence.execute({ ...body, startsAt: body.startsAt ?? new Date() }, staff.sub);
  }

  /** Silences not yet over, soonest end first. */
  @Get()
  async list(): Promise<{ items: Silence[] }> {
    const rows = await this.dataSource.query<SilenceRow[]>(`SELECT * FROM silences WHERE expired_at IS NULL ORDER BY ends_at`);
    return { items: rows.map(silenceOfRow) };
  }

  @Delete(':silenceId')
  @HttpCode(204)
  async lift(@Param() params: SilenceParams): Promise<void> {
    await this.liftSilence.execute(params.silenceId);
  }
}
