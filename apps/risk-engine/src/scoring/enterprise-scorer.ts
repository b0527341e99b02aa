import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { preparedStatement, runPrepared } from '@concord/database';
import {
  type DayLevels,
  type EnterpriseHistory,
  INDICATOR_CATALOG,
  type Level,
  type RecordedEvent,
  type RiskAssessment,
  addDays,
  assessRisk,
  forgetDaysBefore,
  forgetDaysFrom,
  legalProfileFor,
} from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import { type AppliedAlert, type ScoredEnterprise, applyAlertDecisions } from '../alerts/apply-alert-decision';
import { PublishedRuleSet } from '../rules/published-rule-set';
import { type CachedEnterprise, EnterpriseHistoryCache, dayLevelsKey } from './enterprise-history.cache';
import { readEnterpriseHistories } from './readers/enterprise-history.reader';
import { readEnterpriseProfiles } from './readers/enterprise-profile.reader';
import { writeAssessments } from './risk-writes';

const LOCK_ENTERPRISES = preparedStatement(
  'risk.lock-enterprises',
  `SELECT pg_advisory_xact_lock(hashtext('risk.enterprise'), hashtext(id)) FROM (SELECT id FROM unnest($1::text[]) AS id ORDER BY id) ordered`,
);
const CURRENT_LEVELS = preparedStatement('risk.current-levels', `SELECT enterprise_id, level, history_version FROM enterprise_risk WHERE enterprise_id = ANY($1::uuid[])`);

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
  /** Events of the enterprise stored in this transaction, if any. */
  recorded?: readonly RecordedEvent[];
}

/**
 * Assesses enterprises inside the caller's transaction and records the results, with a fixed
 * number of statements whatever their number: locks, histories, directory profiles, the published
 * rule set and current risk are read once for all; assessments run in memory; current risk, its
 * history and the alerts (with their outbox messages) are written in batches.
 */
@Injectable()
export class EnterpriseScorer {
  constructor(
    private readonly ruleSet: PublishedRuleSet,
    private readonly cache: EnterpriseHistoryCache,
  ) {}

  /**
   * Kafka keys by enterprise, but a rebalance can briefly hand one enterprise's events to two
   * instances, and publishes and re-evaluations score outside Kafka: these locks (released at
   * commit) make their read-score-write cycles take turns. Taken in id order, so two
   * transactions locking overlapping sets cannot deadlock; the two-key form keeps them apart from
   * the outbox relay's single-key lock.
   */
  async lock(manager: EntityManager, enterpriseIds: readonly string[]): Promise<void> {
    await runPrepared(manager, LOCK_ENTERPRISES, [[...enterpriseIds].sort()]);
  }

  /**
   * @param asOf the business day to assess (a scheduled re-evaluation's day); never before an
   *   enterprise's latest business day, which is the default
   */
  async score(manager: EntityManager, requests: readonly ScoreRequest[], asOf?: string): Promise<Scored[]> {
    if (requests.length === 0) return [];
    const ids = requests.map((request) => request.enterpriseId);
    const [profiles, ruleSet, previous] = [
      await readEnterpriseProfiles(manager, ids),
      await this.ruleSet.current(manager),
      await readCurrentLevels(manager, ids),
    ];
    const cached = new Map(ids.map((id) => [id, this.cache.current(id, previous.get(id)?.historyVersion ?? null)]));
    const histories = await readEnterpriseHistories(
      manager,
      ids.filter((id) => !cached.get(id)),
    );
    // One new version for every enterprise whose events this transaction writes (or that has none yet).
    const writtenVersion = randomUUID();
    const now = new Date();
    const assessed = requests.map(({ enterpriseId, trigger, recorded = [] }) => {
      const kept = cached.get(enterpriseId);
      const history = kept ? kept.history.withEvents(recorded) : histories.get(enterpriseId);
      const lastDay = history?.lastDay();
      if (!history || !lastDay) throw new Error(`no events stored for enterprise ${enterpriseId}`);
      const day = asOf && asOf > lastDay ? asOf : lastDay;
      const { profile, siblingLevels } = profiles.get(enterpriseId) as NonNullable<ReturnType<typeof profiles.get>>;
      const levelsKey = dayLevelsKey(ruleSet, profile, siblingLevels);
      const dayLevels = keptDayLevels(kept, levelsKey, history);
      const assessment = assessRisk({ history, profile, asOf: day, ruleSet, catalog: INDICATOR_CATALOG, legal: legalProfileFor(profile.jurisdiction), siblingLevels }, dayLevels);
      forgetDaysBefore(dayLevels, addDays(day, -ruleSet.hysteresisDays));
      const storedVersion = previous.get(enterpriseId)?.historyVersion ?? null;
      const historyVersion = recorded.length > 0 || storedVersion === null ? writtenVersion : storedVersion;
      this.cache.remember(enterpriseId, { historyVersion, history, dayLevels, levelsKey });
      return { enterpriseId, trigger, day, assessment, historyVersion, previousLevel: previous.get(enterpriseId)?.level ?? 'GREEN' };
    });

    await writeAssessments(
      manager,
      assessed.map(({ enterpriseId, trigger, day, assessment, historyVersion }) => ({
        enterpriseId,
        triggerEventId: trigger,
        score: assessment.score.score,
        band: assessment.score.band,
        level: assessment.level,
        heldBy: assessment.heldBy,
        ruleSetId: assessment.score.ruleSetId,
        ruleSetVersion: assessment.score.ruleSetVersion,
        fired: assessment.score.fired,
        asOf: new Date(`${day}T00:00:00.000Z`),
        scoredAt: now,
        historyVersion,
      })),
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

/** Each assessed enterprise's stored level and history version: the columns a batch needs, not its explanation. */
async function readCurrentLevels(manager: EntityManager, ids: readonly string[]): Promise<Map<string, { level: Level; historyVersion: string | null }>> {
  const rows = await runPrepared<{ enterprise_id: string; level: Level; history_version: string | null }>(manager, CURRENT_LEVELS, [ids]);
  return new Map(rows.map((row) => [row.enterprise_id, { level: row.level, historyVersion: row.history_version }]));
}

/**
 * A copy of the kept day levels still true for `history`: none under another key, and none from
 * the first day the history changed on. A copy, so a transaction that rolls back leaves the kept
 * entry as it was.
 */
function keptDayLevels(kept: CachedEnterprise | undefined, levelsKey: string, history: EnterpriseHistory): DayLevels {
  if (!kept || kept.levelsKey !== levelsKey) return new Map();
  const dayLevels = new Map(kept.dayLevels);
  const changedFrom = kept.history.firstDifferenceDay(history);
  if (changedFrom !== undefined) forgetDaysFrom(dayLevels, changedFrom);
  return dayLevels;
}
