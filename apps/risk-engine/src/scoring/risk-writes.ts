import type { FiredRule, Level, RiskAssessment } from '@concord/risk-rules';
import { jsonRecords } from '@concord/database';
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

/**
 * Writes a batch of assessments in three statements whatever its size: level changes recorded
 * (for the board), current risk upserted and score history appended, all three reading the batch
 * from one JSON parameter (`jsonRecords`), so the explanations are serialized once for both tables.
 * The batch has at most one row per enterprise, as ON CONFLICT requires.
 */
export async function writeAssessments(manager: EntityManager, rows: readonly AssessmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const batch = jsonRecords(rows.map((row) => ({ ...row, evidence: evidenceEventIds(row.fired) })));
  const record = `json_to_recordset($1::json) AS r("enterpriseId" uuid, "triggerEventId" text, score float8, band text, level text, "heldBy" jsonb,
    "ruleSetId" text, "ruleSetVersion" int, fired jsonb, "asOf" timestamptz, "scoredAt" timestamptz, "historyVersion" uuid, evidence jsonb)`;
  // Before the upsert, which overwrites the level it compares with (the enterprise locks keep it current).
  await manager.query(
    `INSERT INTO level_changes (enterprise_id, day, from_level, to_level, changed_at)
     SELECT r."enterpriseId", (r."asOf" AT TIME ZONE 'UTC')::date, stored.level, r.level, r."scoredAt"
       FROM ${record}
       LEFT JOIN enterprise_risk stored ON stored.enterprise_id = r."enterpriseId"
      WHERE stored.level IS DISTINCT FROM r.level`,
    [batch],
  );
  const columns = 'enterprise_id, score, band, level, rule_set_id, rule_set_version, fired, held_by, as_of, scored_at';
  const values = 'r."enterpriseId", score, band, level, r."ruleSetId", r."ruleSetVersion", fired, r."heldBy", r."asOf", r."scoredAt"';
  await manager.query(
    `INSERT INTO enterprise_risk (${columns}, updated_at, evidence_event_ids, history_version)
     SELECT ${values}, r."scoredAt", ARRAY(SELECT jsonb_array_elements_text(evidence)), r."historyVersion" FROM ${record}
     ON CONFLICT (enterprise_id) DO UPDATE SET
       score = excluded.score, band = excluded.band, level = excluded.level, rule_set_id = excluded.rule_set_id,
       rule_set_version = excluded.rule_set_version, fired = excluded.fired, held_by = excluded.held_by, as_of = excluded.as_of,
       scored_at = excluded.scored_at, updated_at = excluded.updated_at, evidence_event_ids = excluded.evidence_event_ids,
       history_version = excluded.history_version`,
    [batch],
  );
  await manager.query(`INSERT INTO score_history (${columns}, trigger_event_id) SELECT ${values}, r."triggerEventId" FROM ${record}`, [batch]);
}
