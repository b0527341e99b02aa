import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS } from '@concord/contracts';
import { BATCH_HANDLER } from '@concord/kafka';
import { type NotifyOutcome, type RiskAlertEvent, NotifyAlertUseCase } from '../use-cases/notify-alert.use-case';

/** risk.alerts → threads, a fetched batch at a time. The transport has validated every event. */
@Controller()
export class RiskAlertConsumer {
  constructor(private readonly notifyAlert: NotifyAlertUseCase) {}

  @EventPattern(TOPICS.riskAlerts, BATCH_HANDLER)
  handle(@Payload() events: RiskAlertEvent[]): Promise<NotifyOutcome> {
    return this.notifyAlert.execute(events);
  }
}
