import { Injectable } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { CASE_EVENTS_CONSUMER, type ScoreOutcome, ScoreEventsUseCase } from './score-events.use-case';

/**
 * Records case events (concord.case.opened.v1, mediator_assigned.v1, stage_changed.v1) in the
 * enterprise's history, exactly once per event id (inbox `risk-engine.case-events`), and
 * re-assesses the enterprise in the same transaction — the discipline of hr.events. Every type is
 * stored, for replays and audits; the rules read openings and stage changes (libs/risk-rules
 * caseFacts: D4 mediation failed, D5 agreement performed). A case event's business time is when
 * the case was opened or moved.
 */
@Injectable()
export class ScoreCaseEventsUseCase {
  constructor(private readonly scoreEvents: ScoreEventsUseCase) {}

  execute(events: readonly TopicEvent<'case.events'>[]): Promise<ScoreOutcome> {
    return this.scoreEvents.record(CASE_EVENTS_CONSUMER, events);
  }
}
