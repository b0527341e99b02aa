import type { FiredRule, Level, RiskAssessment } from '@concord/risk-rules';
import { jsonRecords, preparedStatement, runPrepared } from '@concord/database';
import type { EntityManager } from 'typeorm';
import { evidenceEventIds } from './evidence';

/** One assessment as stored: the enterprise's current risk and a row of its score history. */
export interface AssessmentRow {
  enterpriseId: string;
  triggerEventId: string;
  score: number;
  band: Level;
  level: Level;
  heldBy: RiskAssessment['heldBy'];
  ruleSetId: string;
  ruleSetVersion: number;
  fired: FiredRule[];
  asOf: Date;
  scoredAt: Date;
  historyVersion: string;
}

const COLUMNS = 'enterprise_id, score, band, level, rule_set_id, rule_set_version, fired, held_by, as_of, scored_at';
const VALUES = 'r."enterpriseId", score, band, level, r."ruleSetId", r."ruleSetVersion", fired, r."heldBy", r."asOf", r."scoredAt"';

const WRITE_ASSESSMENTS = preparedStatement(
  'risk.write-assessments',
  `WITH r AS MATERIALIZED (
       SELECT * FROM json_to_recordset($1::json) AS r("enterpriseId" uuid, "triggerEventId" text, score float8, band text, level text, "heldBy" jsonb,
         "ruleSetId" text, "ruleSetVersion" int, fired jsonb, "asOf" timestamptz, "scoredAt" timestamptz, "historyVersion" uuid, evidence jsonb)),
     changes AS (
       INSERT INTO level_changes (enterprise_id, day, from_level, to_level, changed_at)
       SELECT r."enterpriseId", (r."asOf" AT TIME ZONE 'UTC')::date, stored.level, r.level, r."scoredAt"
         FROM r LEFT JOIN enterprise_risk stored ON stored.enterprise_id = r."enterpriseId"
        WHERE stored.level IS DISTINCT FROM r.level),
     history AS (INSERT INTO score_history (${COLUMNS}, trigger_event_id) SELECT ${VALUES}, r."triggerEventId" FROM r)
     INSERT INTO enterprise_risk (${COLUMNS}, updated_at, evidence_event_ids, history_version)
     SELECT ${VALUES}, r."scoredAt", ARRAY(SELECT jsonb_array_elements_text(evidence)), r."historyVersion" FROM r
     ON CONFLICT (enterprise_id) DO UPDATE SET
       score = excluded.score, band = excluded.band, level = excluded.level, rule_set_id = excluded.rule_set_id,
       rule_set_version = excluded.rule_set_version, fired = excluded.fired, held_by = excluded.held_by, as_of = excluded.as_of,
       scored_at = excluded.scored_at, updated_at = excluded.updated_at, evidence_event_ids = excluded.evidence_event_ids,
       history_version = excluded.history_version`,
);

/**
 * Writes a batch of assessments in one statement whatever its size, reading the batch once from
 * one JSON parameter (`jsonRecords`): level changes recorded (for the board), current risk
 * upserted and score history appended. Its parts share the statement's snapshot, so the level
 * changes compare with the levels stored before the upsert overwrites them. The batch has at most
 * one row per enterprise, as ON CONFLICT requires.
 */
export async function writeAssessments(manager: EntityManager, rows: readonly AssessmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  await runPrepared(manager, WRITE_ASSESSMENTS, [jsonRecords(rows.map((row) => ({ ...row, evidence: evidenceEventIds(row.fired) })))]);
}
