import { Injectable } from '@nestjs/common';
import { INDICATOR_CATALOG, type Level, type RiskAssessment, assessRisk, legalProfileFor } from '@concord/risk-rules';
import { type EntityManager, In } from 'typeorm';
import { type AppliedAlert, type ScoredEnterprise, applyAlertDecisions } from '../alerts/apply-alert-decision';
import { PublishedRuleSet } from '../rules/published-rule-set';
import { EnterpriseRisk } from './enterprise-risk.entity';
import { evidenceEventIds } from './evidence';
import { readEnterpriseHistories } from './readers/enterprise-history.reader';
import { readEnterpriseProfiles } from './readers/enterprise-profile.reader';
import { ScoreHistory } from './score-history.entity';

export interface Scored {
  enterpriseId: string;
  trigger: string;
  assessment: RiskAssessment;
  previousLevel: Level;
  alert: AppliedAlert;
}

/** One enterprise to assess, and what caused it: an event id, `rule-set:v<n>` or `re-evaluation:<slot>`. */
export interface ScoreRequest {
  enterpriseId: string;
  trigger: string;
}

/**
 * Assesses enterprises inside the caller's transaction and records the results, with a fixed
 * number of statements whatever their number: locks, histories, directory profiles, the published
 * rule set and current risk are read once for all; assessments run in memory; current risk, its
 * history and the alerts (with their outbox messages) are written in batches.
 */
@Injectable()
export class EnterpriseScorer {
  constructor(private readonly ruleSet: PublishedRuleSet) {}

  /**
   * Kafka keys by enterprise, but a rebalance can briefly hand one enterprise's events to two
   * instances, and publishes and re-evaluations score outside Kafka: these locks (released at
   * commit) make their read-score-write cycles take turns. Taken in id order, so two
   * transactions locking overlapping sets cannot deadlock; the two-key form keeps them apart from
   * the outbox relay's single-key lock.
   */
  async lock(manager: EntityManager, enterpriseIds: readonly string[]): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('risk.enterprise'), hashtext(id)) FROM (SELECT id FROM unnest($1::text[]) AS id ORDER BY id) ordered`,
      [[...enterpriseIds].sort()],
    );
  }

  /**
   * @param asOf the business day to assess (a scheduled re-evaluation's day); never before an
   *   enterprise's latest business day, which is the default
   */
  async score(manager: EntityManager, requests: readonly ScoreRequest[], asOf?: string): Promise<Scored[]> {
    if (requests.length === 0) return [];
    const ids = requests.map((request) => request.enterpriseId);
    const [histories, profiles, ruleSet, previous] = [
      await readEnterpriseHistories(manager, ids),
      await readEnterpriseProfiles(manager, ids),
      await this.ruleSet.current(manager),
      await manager.findBy(EnterpriseRisk, { enterpriseId: In(ids) }),
    ];
    const previousLevel = new Map(previous.map((risk) => [risk.enterpriseId, risk.level]));
    const now = new Date();
    const assessed = requests.map(({ enterpriseId, trigger }) => {
      const history = histories.get(enterpriseId);
      const lastDay = history?.lastDay();
      if (!history || !lastDay) throw new Error(`no events stored for enterprise ${enterpriseId}`);
      const day = asOf && asOf > lastDay ? asOf : lastDay;
      const { profile, siblingLevels } = profiles.get(enterpriseId) as NonNullable<ReturnType<typeof profiles.get>>;
      const assessment = assessRisk({ history, profile, asOf: day, ruleSet, catalog: INDICATOR_CATALOG, legal: legalProfileFor(profile.jurisdiction), siblingLevels });
      return { enterpriseId, trigger, day, assessment, previousLevel: previousLevel.get(enterpriseId) ?? 'GREEN' };
    });

    const rows = assessed.map(({ enterpriseId, day, assessment }) => ({
      enterpriseId,
      score: assessment.score.score,
      band: assessment.score.band,
      level: assessment.level,
      heldBy: assessment.heldBy,
      ruleSetId: assessment.score.ruleSetId,
      ruleSetVersion: assessment.score.ruleSetVersion,
      fired: assessment.score.fired,
      asOf: new Date(`${day}T00:00:00.000Z`),
      scoredAt: now,
    }));
    await manager.upsert(
      EnterpriseRisk,
      rows.map((row) => ({ ...row, evidenceEventIds: evidenceEventIds(row.fired), updatedAt: now })),
      ['enterpriseId'],
    );
    await manager.insert(
      ScoreHistory,
      rows.map((row, i) => ({ ...row, triggerEventId: assessed[i].trigger })),
    );
    const alerts = await applyAlertDecisions(
      manager,
      assessed.map<ScoredEnterprise>(({ enterpriseId, trigger, assessment, previousLevel: before }) => ({
        enterpriseId,
        triggerEventId: trigger,
        previousLevel: before,
        level: assessment.level,
        score: assessment.score,
        scoredAt: now,
      })),
    );
    return assessed.map(({ enterpriseId, trigger, assessment, previousLevel: before }, i) => ({ enterpriseId, trigger, assessment, previousLevel: before, alert: alerts[i] }));
  }
}
