import { Injectable, Logger } from '@nestjs/common';
import { type TopicEvent, wagePaymentV1 } from '@concord/contracts';
import { claimEvent } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { DEFAULT_RULE_SET, type Level, type RiskScore, deriveWageFeatures, scoreWages } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { type AppliedAlert, applyAlertDecision } from '../../alerts/apply-alert-decision';
import { HrEvent } from '../../events/hr-event.entity';
import { WageFact } from '../../events/wage-fact.entity';
import { toWageFactRow, toWagePaymentFact } from '../../events/wage-fact.mapper';
import { EnterpriseRisk } from '../enterprise-risk.entity';
import { evidenceEventIds } from '../evidence';
import { ScoreHistory } from '../score-history.entity';

/** Inbox consumer name: a persisted identifier, never derived from a class name. */
export const HR_EVENTS_CONSUMER = 'risk-engine.hr-events';

type HrTopicEvent = TopicEvent<'hr.events'>;

interface Scored {
  score: RiskScore;
  previousLevel: Level;
  alert: AppliedAlert;
}

/**
 * Stores one HR event and re-scores its enterprise, exactly once per event id, in one
 * transaction: inbox claim → event and fact rows → features → score → current risk and its
 * history → alert decision and its message in the outbox. The relay is nudged after commit.
 *
 * Features are evaluated as of the latest business time seen for the enterprise (its events'
 * `time`, never the wall clock), so replaying the same history — in any order — gives the same
 * scores and alerts, and an event that arrives late cannot pull the evaluation back in time.
 * Risk that grows with time alone (wages still unpaid a week later, with no new event) needs a
 * scheduled re-evaluation; that comes in a later issue.
 */
@Injectable()
export class ScoreEnterpriseUseCase {
  private readonly log = new Logger(ScoreEnterpriseUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outboxRelay: OutboxRelay,
  ) {}

  async execute(event: HrTopicEvent): Promise<'done' | 'skipped'> {
    const scored = await this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, HR_EVENTS_CONSUMER, event.id))) return null;
      return this.score(manager, event);
    });
    if (!scored) {
      this.log.log({ eventId: event.id, enterpriseId: event.subject }, 'event already processed; skipped');
      return 'skipped';
    }
    if (scored.alert.decision.action !== 'none') this.outboxRelay.nudge();
    this.log.log(
      {
        eventId: event.id,
        enterpriseId: event.subject,
        score: scored.score.score,
        level: scored.score.level,
        previousLevel: scored.previousLevel,
        fired: scored.score.fired.map((rule) => rule.ruleId),
        alert: scored.alert.decision.action,
        alertId: scored.alert.alertId,
      },
      'enterprise scored',
    );
    return 'done';
  }

  private async score(manager: EntityManager, event: HrTopicEvent): Promise<Scored> {
    const enterpriseId = event.subject;
    // Kafka keys by enterprise, but a rebalance can briefly hand one enterprise's events to two
    // instances; this lock (released at commit) makes their read-score-write cycles take turns.
    // The two-key form keeps it apart from the outbox relay's single-key lock.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk.enterprise'), hashtext($1))`, [enterpriseId]);

    const now = new Date();
    await manager.insert(HrEvent, {
      eventId: event.id,
      enterpriseId,
      type: event.type,
      businessTime: new Date(event.time),
      receivedAt: now,
      payload: event,
    });
    await storeFact(manager, event);

    const facts = await manager.findBy(WageFact, { enterpriseId });
    const asOf = await latestBusinessTime(manager, enterpriseId);
    const score = scoreWages(deriveWageFeatures(facts.map(toWagePaymentFact), asOf), DEFAULT_RULE_SET);

    const previous = await manager.findOneBy(EnterpriseRisk, { enterpriseId });
    const previousLevel = previous?.level ?? 'GREEN';
    const common = {
      enterpriseId,
      score: score.score,
      band: score.band,
      level: score.level,
      ruleSetId: score.ruleSetId,
      ruleSetVersion: score.ruleSetVersion,
      fired: score.fired,
      asOf,
      scoredAt: now,
    };
    await manager.upsert(EnterpriseRisk, { ...common, evidenceEventIds: evidenceEventIds(score.fired), updatedAt: now }, ['enterpriseId']);
    await manager.insert(ScoreHistory, { ...common, triggerEventId: event.id });

    const alert = await applyAlertDecision(manager, { enterpriseId, triggerEventId: event.id, previousLevel, score, scoredAt: now });
    return { score, previousLevel, alert };
  }
}

/**
 * The facts the rules read, one table per event type. Other HR event types are kept in `events`
 * (exactly once) until their indicators are scored (issue 4); they still re-score the enterprise.
 */
async function storeFact(manager: EntityManager, event: HrTopicEvent): Promise<void> {
  if (event.type === wagePaymentV1.type) await manager.insert(WageFact, toWageFactRow(event));
}

async function latestBusinessTime(manager: EntityManager, enterpriseId: string): Promise<Date> {
  const row = await manager
    .createQueryBuilder(HrEvent, 'event')
    .select('max(event.businessTime)', 'latest')
    .where('event.enterpriseId = :enterpriseId', { enterpriseId })
    .getRawOne<{ latest: Date }>();
  if (!row?.latest) throw new Error(`no events stored for enterprise ${enterpriseId}`);
  return row.latest;
}
