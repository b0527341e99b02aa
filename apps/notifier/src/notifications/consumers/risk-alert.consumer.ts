import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS } from '@concord/contracts';
import { type NotifyOutcome, type RiskAlertEvent, NotifyAlertUseCase } from '../use-cases/notify-alert.use-case';

@Controller()
export class RiskAlertConsumer {
  constructor(private readonly notifyAlert: NotifyAlertUseCase) {}

  /** The consumer server has validated the event against riskAlertV1 already. */
  @EventPattern(TOPICS.riskAlerts)
  handle(@Payload() event: RiskAlertEvent): Promise<NotifyOutcome> {
    return this.notifyAlert.execute(event);
  }
}
