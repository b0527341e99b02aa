import { Injectable, Logger } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { claimEvents, jsonRecords, preparedStatement, runPrepared } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { type RecordedEvent, recordedEvent } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { EnterpriseScorer } from '../enterprise-scorer';
import { countEmittedAlerts, countScoredEvents } from '../scoring-metrics';

/** Inbox consumer names: persisted identifiers, never derived from a class name. */
export const HR_EVENTS_CONSUMER = 'risk-engine.hr-events';
export const CASE_EVENTS_CONSUMER = 'risk-engine.case-events';

type HrTopicEvent = TopicEvent<'hr.events'>;

const STORE_EVENTS = preparedStatement(
  'risk.store-events',
  `INSERT INTO events (event_id, enterprise_id, type, business_time, received_at, payload)
   SELECT e->>'id', (e->>'subject')::uuid, e->>'type', (e->>'time')::timestamptz, $2, e FROM jsonb_array_elements($1::jsonb) AS e`,
);
/** What an enterprise's history records: HR events, and case events (mediation outcomes feed back into risk). */
export type RiskTopicEvent = HrTopicEvent | TopicEvent<'case.events'>;

export interface ScoreOutcome {
  /** Events stored and scored now. */
  done: number;
  /** Events already processed before (redeliveries). */
  skipped: number;
}

/**
 * Stores a batch of HR events (or case events) and re-assesses each enterprise they concern, exactly once per event
 * id, in one transaction: inbox claims → event rows → per enterprise (locked in id order, so
 * concurrent batches cannot deadlock) its whole history, profile and the published rule set →
 * assessment (score, level with hysteresis, explanation) → current risk and its history → alert
 * decision and its message in the outbox — in a fixed number of statements (see EnterpriseScorer).
 * One assessment per enterprise per batch, whatever the number of its events in it. The relay is
 * nudged after commit.
 *
 * An enterprise is assessed as of the latest business day seen for it (its events' `time`, never
 * the wall clock), so replaying the same history — in any order, in any batching — gives the same
 * assessment, and a late event cannot pull the evaluation back in time. Risk that moves with time
 * alone is re-assessed by the scheduled re-evaluation.
 */
@Injectable()
export class ScoreEventsUseCase {
  private readonly log = new Logger(ScoreEventsUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outboxRelay: OutboxRelay,
    private readonly scorer: EnterpriseScorer,
  ) {}

  execute(events: readonly HrTopicEvent[]): Promise<ScoreOutcome> {
    return this.record(HR_EVENTS_CONSUMER, events);
  }

  /**
   * The same for any topic whose events join the enterprise's history (hr.events, case.events):
   * claimed in the inbox under `consumer`, stored in `events` beside each other, scored together.
   */
  async record(consumer: typeof HR_EVENTS_CONSUMER | typeof CASE_EVENTS_CONSUMER, events: readonly RiskTopicEvent[]): Promise<ScoreOutcome> {
    const unique = [...new Map(events.map((event) => [event.id, event])).values()];
    const { fresh, scored } = await this.dataSource.transaction(async (manager) => {
      const claimed = new Set(await claimEvents(manager, consumer, unique.map((event) => event.id)));
      const fresh = unique.filter((event) => claimed.has(event.id));
      if (fresh.length === 0) return { fresh, scored: [] };
      const enterprises = [...new Set(fresh.map((event) => event.subject))].sort();
      await this.scorer.lock(manager, enterprises);
      const receivedAt = new Date();
      await runPrepared(manager, STORE_EVENTS, [jsonRecords(fresh), receivedAt]);
      const recorded = new Map<string, RecordedEvent[]>(enterprises.map((id) => [id, []]));
      // Each event was validated against its contract, so its type and data belong together.
      for (const event of fresh) recorded.get(event.subject)?.push(recordedEvent(event as Parameters<typeof recordedEvent>[0]));
      // The history row names the batch's last event of the enterprise as what triggered it.
      const lastEvent = new Map(fresh.map((event) => [event.subject, event.id]));
      const scored = await this.scorer.score(
        manager,
        enterprises.map((enterpriseId) => ({ enterpriseId, trigger: lastEvent.get(enterpriseId) as string, recorded: recorded.get(enterpriseId) })),
      );
      return { fresh, scored };
    });
    countScoredEvents(fresh);
    countEmittedAlerts(scored);
    if (scored.some((result) => result.alert.decision.action !== 'none')) this.outboxRelay.nudge();
    for (const result of scored) {
      this.log.log(
        {
          enterpriseId: result.enterpriseId,
          triggerEventId: result.trigger,
          score: result.assessment.score.score,
          level: result.assessment.level,
          previousLevel: result.previousLevel,
          fired: result.assessment.score.fired.map((rule) => rule.ruleId),
          alert: result.alert.decision.action,
          alertId: result.alert.alertId,
        },
        'enterprise scored',
      );
    }
    return { done: fresh.length, skipped: events.length - fresh.length };
  }
}
