import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { ScoreEnterpriseUseCase } from '../use-cases/score-enterprise.use-case';

/** hr.events → re-score the event's enterprise. The transport has already validated the contract. */
@Controller()
export class HrEventConsumer {
  constructor(private readonly scoreEnterprise: ScoreEnterpriseUseCase) {}

  @EventPattern(TOPICS.hrEvents)
  handle(@Payload() event: TopicEvent<'hr.events'>): Promise<'done' | 'skipped'> {
    return this.scoreEnterprise.execute(event);
  }
}
