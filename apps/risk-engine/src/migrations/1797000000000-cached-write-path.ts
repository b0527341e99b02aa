import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Explanations (several KB of JSON per assessment) are compressed on every write. */
const EXPLANATION_COLUMNS = [
  ['enterprise_risk', 'fired'],
  ['score_history', 'fired'],
  ['alerts', 'fired'],
  ['events', 'payload'],
] as const;

/**
 * The write path of a scoring engine that keeps histories in memory:
 * - `history_version`, a token that changes with every write of an enterprise's events: the
 *   engine trusts its in-memory history only while the token it wrote is still the stored one
 *   (see EnterpriseHistoryCache). NULL for risk scored before this migration: never trusted.
 * - lz4 instead of the default pglz for the large JSON columns: several times cheaper to
 *   compress for a slightly larger result, and every assessment writes its explanation twice.
 *   Applies to rows written from now on.
 */
export class CachedWritePath1797000000000 implements MigrationInterface {
  name = 'CachedWritePath1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE enterprise_risk ADD COLUMN history_version uuid`);
    for (const [table, column] of EXPLANATION_COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of EXPLANATION_COLUMNS) await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION pglz`);
    await queryRunner.query(`ALTER TABLE enterprise_risk DROP COLUMN history_version`);
  }
}
