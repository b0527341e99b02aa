import { Controller, Get, Param } from '@nestjs/common';
import { type DeliveryView, ListAlertDeliveriesUseCase } from '../use-cases/list-alert-deliveries.use-case';
import { AlertParams } from './alert-deliveries.dto';

@Controller('v1/alerts')
export class DeliveriesController {
  constructor(private readonly listDeliveries: ListAlertDeliveriesUseCase) {}

  /** Staff token required (global guard); scoping reads by region is a later issue. */
  @Get(':alertId/deliveries')
  list(@Param() params: AlertParams): Promise<{ items: DeliveryView[] }> {
    return this.listDeliveries.execute(params.alertId);
  }
}
