import { Controller, Get, Query } from '@nestjs/common';
import type { AlertView } from '../alert-view.mapper';
import { ListAlertsUseCase } from '../use-cases/list-alerts.use-case';
import { ListAlertsQueryDto } from './list-alerts-query.dto';

@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly listAlerts: ListAlertsUseCase) {}

  @Get()
  list(@Query() query: ListAlertsQueryDto): Promise<{ items: AlertView[] }> {
    return this.listAlerts.execute(query);
  }
}
