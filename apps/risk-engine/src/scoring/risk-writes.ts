import type { FiredRule, Level, RiskAssessment } from '@concord/risk-rules';
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
 * (for the board), current risk upserted and score history appended, each from column arrays
 * (`unnest`), the explanation serialized once for both. The batch has at most one row per enterprise, as ON CONFLICT requires.
 */
export async function writeAssessments(manager: EntityManager, rows: readonly AssessmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: AssessmentRow) => T) => rows.map(pick);
  const fired = column((row) => JSON.stringify(row.fired));
  const heldBy = column((row) => (row.heldBy ? JSON.stringify(row.heldBy) : null));
  const common = [
    column((row) => row.enterpriseId),
    column((row) => row.score),
    column((row) => row.band),
    column((row) => row.level),
    column((row) => row.ruleSetId),
    column((row) => row.ruleSetVersion),
    fired,
    heldBy,
    column((row) => row.asOf),
    column((row) => row.scoredAt),
  ];
  // Before the upsert, which overwrites the level it compares with (the enterprise locks keep it current).
  await manager.query(
    `INSERT INTO level_changes (enterprise_id, day, from_level, to_level, changed_at)
     SELECT n.enterprise_id, (n.as_of AT TIME ZONE 'UTC')::date, stored.level, n.level, n.scored_at
       FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[]) AS n(enterprise_id, level, as_of, scored_at)
       LEFT JOIN enterprise_risk stored ON stored.enterprise_id = n.enterprise_id
      WHERE stored.level IS DISTINCT FROM n.level`,
    [column((row) => row.enterpriseId), column((row) => row.level), column((row) => row.asOf), column((row) => row.scoredAt)],
  );
  const columns = 'enterprise_id, score, band, level, rule_set_id, rule_set_version, fired, held_by, as_of, scored_at';
  const arrays = '$1::uuid[], $2::float8[], $3::text[], $4::text[], $5::text[], $6::int[], $7::jsonb[], $8::jsonb[], $9::timestamptz[], $10::timestamptz[]';
  await manager.query(
    `INSERT INTO enterprise_risk (${columns}, updated_at, evidence_event_ids, history_version)
     SELECT ${columns}, scored_at, ARRAY(SELECT jsonb_array_elements_text(evidence)), history_version
     FROM unnest(${arrays}, $11::jsonb[], $12::uuid[]) AS r(${columns}, evidence, history_version)
     ON CONFLICT (enterprise_id) DO UPDATE SET
       score = excluded.score, band = excluded.band, level = excluded.level, rule_set_id = excluded.rule_set_id,
       rule_set_version = excluded.rule_set_version, fired = excluded.fired, held_by = excluded.held_by, as_of = excluded.as_of,
       scored_at = excluded.scored_at, updated_at = excluded.updated_at, evidence_event_ids = excluded.evidence_event_ids,
       history_version = excluded.history_version`,
    [...common, column((row) => JSON.stringify(evidenceEventIds(row.fired))), column((row) => row.historyVersion)],
  );
  await manager.query(
    `INSERT INTO score_history (${columns}, trigger_event_id) SELECT * FROM unnest(${arrays}, $11::text[])`,
    [...common, column((row) => row.triggerEventId)],
  );
}
