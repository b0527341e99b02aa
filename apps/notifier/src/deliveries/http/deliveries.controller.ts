import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type DeliveryView, ListAlertDeliveriesUseCase } from '../use-cases/list-alert-deliveries.use-case';
import { ReplayDeliveryUseCase } from '../use-cases/replay-delivery.use-case';
import { AlertParams } from './alert-deliveries.dto';

class DeliveryParams extends createZodDto(z.object({ deliveryId: z.uuid() })) {}

@Controller('v1')
export class DeliveriesController {
  constructor(
    private readonly listDeliveries: ListAlertDeliveriesUseCase,
    private readonly replayDelivery: ReplayDeliveryUseCase,
  ) {}

  /** Every delivery of an alert with its attempt log; scoping reads by region is issue 7's. */
  @Get('alerts/:alertId/deliveries')
  list(@Param() params: AlertParams): Promise<{ items: DeliveryView[] }> {
    return this.listDeliveries.execute({ alertId: params.alertId });
  }

  /** The dead-letter state: deliveries that failed every attempt, newest first. */
  @Get('deliveries/dead')
  dead(): Promise<{ items: DeliveryView[] }> {
    return this.listDeliveries.execute({ status: 'dead' });
  }

  @Post('deliveries/:deliveryId/replay')
  @Roles('admin', 'federation_staff')
  @HttpCode(202)
  replay(@Param() params: DeliveryParams): Promise<{ deliveryId: string; replay: number }> {
    return this.replayDelivery.execute(params.deliveryId);
  }
}
