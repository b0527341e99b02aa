import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { BATCH_HANDLER } from '@concord/kafka';
import { type ScoreOutcome, ScoreEventsUseCase } from '../use-cases/score-events.use-case';

/** hr.events → store and re-assess, a fetched batch at a time. The transport has validated every event. */
@Controller()
export class HrEventConsumer {
  constructor(private readonly scoreEvents: ScoreEventsUseCase) {}

  @EventPattern(TOPICS.hrEvents, BATCH_HANDLER)
  handle(@Payload() events: TopicEvent<'hr.events'>[]): Promise<ScoreOutcome> {
    return this.scoreEvents.execute(events);
  }
}
