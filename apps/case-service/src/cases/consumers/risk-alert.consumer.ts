import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS } from '@concord/contracts';
import { type OpenCaseOutcome, type RiskAlertEvent, OpenCaseForAlertUseCase } from '../use-cases/open-case-for-alert.use-case';

@Controller()
export class RiskAlertConsumer {
  constructor(private readonly openCase: OpenCaseForAlertUseCase) {}

  /** The consumer server has validated the event against riskAlertV1 already. */
  @EventPattern(TOPICS.riskAlerts)
  handle(@Payload() event: RiskAlertEvent): Promise<OpenCaseOutcome> {
    return this.openCase.execute(event);
  }
}
