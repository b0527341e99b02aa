import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVEL_CHECK = `IN ('GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED')`;

const UP = [
  `CREATE TABLE level_changes (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     day date NOT NULL,
     from_level text CHECK (from_level ${LEVEL_CHECK}),
     to_level text NOT NULL CHECK (to_level ${LEVEL_CHECK}),
     changed_at timestamptz NOT NULL,
     CHECK (from_level IS DISTINCT FROM to_level))`,
  // Every change of an enterprise's current level so far, in the order the engine wrote them: the
  // same rows writeAssessments would have recorded had the table existed from the start.
  `INSERT INTO level_changes (enterprise_id, day, from_level, to_level, changed_at)
   SELECT enterprise_id, (as_of AT TIME ZONE 'UTC')::date, previous, level, scored_at
     FROM (SELECT id, enterprise_id, as_of, scored_at, level, lag(level) OVER (PARTITION BY enterprise_id ORDER BY id) AS previous
             FROM score_history) h
    WHERE previous IS DISTINCT FROM level
    ORDER BY id`,
  // An enterprise's level at the end of a day, and since when it holds its current one.
  `CREATE INDEX level_changes_enterprise_newest ON level_changes (enterprise_id, day DESC, id DESC)`,
  // Today's changes, for the board's "since yesterday".
  `CREATE INDEX level_changes_day ON level_changes (day)`,
];

const DOWN = [`DROP TABLE level_changes`];

/**
 * level_changes: one row each time an enterprise's current level changes (from_level null for its
 * first assessment), dated by the assessment's business day. The board's 90-day trend is a running
 * sum over these few rows instead of a look-up of the newest assessment per enterprise per day;
 * writeAssessments keeps the table in the same transaction as current risk. Backfilled from
 * score history.
 */
export class LevelChanges1798200000000 implements MigrationInterface {
  name = 'LevelChanges1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
