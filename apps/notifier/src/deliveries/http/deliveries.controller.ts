import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentStaff, Roles, type StaffClaims, StaffAccess } from '@concord/auth';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
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
    private readonly access: StaffAccess,
    private readonly dataSource: DataSource,
  ) {}

  /** Every delivery of an alert with its attempt log, when the alert's enterprise is in scope (403 otherwise). */
  @Get('alerts/:alertId/deliveries')
  @Roles('admin', 'federation_staff')
  async list(@Param() params: AlertParams, @CurrentStaff() staff: StaffClaims): Promise<{ items: DeliveryView[] }> {
    const [thread] = await this.dataSource.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE alert_id = $1 LIMIT 1`, [params.alertId]);
    // No thread: the notifier never told anyone about this alert, so it has no deliveries to show.
    if (thread) await this.access.assertEnterprise(staff, thread.enterprise_id);
    return this.listDeliveries.execute({ alertId: params.alertId });
  }

  /** The dead-letter state: deliveries that failed every attempt, newest first; administrators only. */
  @Get('deliveries/dead')
  @Roles('admin')
  dead(): Promise<{ items: DeliveryView[] }> {
    return this.listDeliveries.execute({ status: 'dead' });
  }

  @Post('deliveries/:deliveryId/replay')
  @Roles('admin')
  @HttpCode(202)
  replay(@Param() params: DeliveryParams): Promise<{ deliveryId: string; replay: number }> {
    return this.replayDelivery.execute(params.deliveryId);
  }
}
