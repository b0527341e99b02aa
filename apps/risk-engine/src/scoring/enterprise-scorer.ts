import { Injectable } from '@nestjs/common';
import { INDICATOR_CATALOG, type Level, type RiskAssessment, assessRisk, legalProfileFor } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { type AppliedAlert, applyAlertDecision } from '../alerts/apply-alert-decision';
import { PublishedRuleSet } from '../rules/published-rule-set';
import { EnterpriseRisk } from './enterprise-risk.entity';
import { evidenceEventIds } from './evidence';
import { readEnterpriseHistory } from './readers/enterprise-history.reader';
import { readEnterpriseProfile } from './readers/enterprise-profile.reader';
import { ScoreHistory } from './score-history.entity';

export interface Scored {
  assessment: RiskAssessment;
  previousLevel: Level;
  alert: AppliedAlert;
}

/**
 * Assesses one enterprise inside the caller's transaction and records the result: its whole
 * history, directory profile and the published rule set → assessment → current risk, a history
 * row naming what triggered it (an event id, a publish, a scheduled re-evaluation) → the alert
 * decision and its outbox message. Callers hold the enterprise's lock (see `lock`).
 */
@Injectable()
export class EnterpriseScorer {
  constructor(private readonly ruleSet: PublishedRuleSet) {}

  /**
   * Kafka keys by enterprise, but a rebalance can briefly hand one enterprise's events to two
   * instances, and publishes and re-evaluations score outside Kafka: this lock (released at
   * commit) makes their read-score-write cycles take turns. The two-key form keeps it apart from
   * the outbox relay's single-key lock.
   */
  async lock(manager: EntityManager, enterpriseId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('risk.enterprise'), hashtext($1))`, [enterpriseId]);
  }

  /**
   * @param trigger what caused this score: an event id, `rule-set:v<n>` or `re-evaluation:<day>`
   * @param asOf the business day to assess (a scheduled re-evaluation's day); never before the
   *   enterprise's latest business day, which is the default
   */
  async score(manager: EntityManager, enterpriseId: string, trigger: string, asOf?: string): Promise<Scored> {
    const history = await readEnterpriseHistory(manager, enterpriseId);
    const lastDay = history.lastDay();
    if (!lastDay) throw new Error(`no events stored for enterprise ${enterpriseId}`);
    const day = asOf && asOf > lastDay ? asOf : lastDay;
    const { profile, siblingLevels } = await readEnterpriseProfile(manager, enterpriseId);
    const ruleSet = await this.ruleSet.current(manager);
    const assessment = assessRisk({ history, profile, asOf: day, ruleSet, catalog: INDICATOR_CATALOG, legal: legalProfileFor(profile.jurisdiction), siblingLevels });
    const { score } = assessment;

    const now = new Date();
    const previous = await manager.findOneBy(EnterpriseRisk, { enterpriseId });
    const previousLevel = previous?.level ?? 'GREEN';
    const common = {
      enterpriseId,
      score: score.score,
      band: score.band,
      level: assessment.level,
      heldBy: assessment.heldBy,
      ruleSetId: score.ruleSetId,
      ruleSetVersion: score.ruleSetVersion,
      fired: score.fired,
      asOf: new Date(`${day}T00:00:00.000Z`),
      scoredAt: now,
    };
    await manager.upsert(EnterpriseRisk, { ...common, evidenceEventIds: evidenceEventIds(score.fired), updatedAt: now }, ['enterpriseId']);
    await manager.insert(ScoreHistory, { ...common, triggerEventId: trigger });

    const alert = await applyAlertDecision(manager, { enterpriseId, triggerEventId: trigger, previousLevel, level: assessment.level, score, scoredAt: now });
    return { assessment, previousLevel, alert };
  }
}
