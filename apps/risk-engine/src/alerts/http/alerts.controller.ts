import { Controller, Get, Query } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, enterpriseScopeOf } from '@concord/auth';
import type { AlertView } from '../alert-view.mapper';
import { ListAlertsUseCase } from '../use-cases/list-alerts.use-case';
import { ListAlertsQueryDto } from './list-alerts-query.dto';

/** Alerts of the enterprises in the caller's scope; others are simply not listed. */
@Controller('v1/alerts')
@Roles('admin', 'federation_staff', 'committee_member', 'rules_editor', 'rules_publisher')
export class AlertsController {
  constructor(private readonly listAlerts: ListAlertsUseCase) {}

  @Get()
  list(@Query() query: ListAlertsQueryDto, @CurrentStaff() staff: StaffClaims): Promise<{ items: AlertView[] }> {
    return this.listAlerts.execute(query, enterpriseScopeOf(staff));
  }
}
