import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { BATCH_HANDLER } from '@concord/kafka';
import type { ScoreOutcome } from '../use-cases/score-events.use-case';
import { ScoreCaseEventsUseCase } from '../use-cases/score-case-events.use-case';

/**
 * case.events → record the case's opening and stage changes in the enterprise's history and
 * re-assess it (a failed mediation raises the risk, a performed agreement lets it fall), a fetched
 * batch at a time, on the same transport and consumer group as hr.events.
 */
@Controller()
export class CaseEventConsumer {
  constructor(private readonly scoreCaseEvents: ScoreCaseEventsUseCase) {}

  @EventPattern(TOPICS.caseEvents, BATCH_HANDLER)
  handle(@Payload() events: TopicEvent<'case.events'>[]): Promise<ScoreOutcome> {
    return this.scoreCaseEvents.execute(events);
  }
}
