import { Injectable, Logger } from '@nestjs/common';
import type { JobOutcome } from '@concord/queue';
import { DeliveryLog } from '../delivery-log';

/**
 * The in-app inbox is the notifications table itself, written with the delivery: delivering
 * means marking it delivered (the person's client now shows it) and logging the attempt.
 */
@Injectable()
export class DeliverInAppUseCase {
  private readonly log = new Logger(DeliverInAppUseCase.name);

  constructor(private readonly deliveryLog: DeliveryLog) {}

  async execute(deliveryId: string): Promise<JobOutcome> {
    const moved = await this.deliveryLog.delivered(deliveryId, null);
    if (!moved) {
      this.log.debug({ deliveryId }, 'in-app delivery not pending; skipped');
      return 'skipped';
    }
    return 'done';
  }
}
