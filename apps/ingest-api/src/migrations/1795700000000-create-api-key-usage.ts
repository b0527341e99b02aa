import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each enterprise API key was last used. `api_key_usage_v1` is a published read-only view:
 * the console shows it next to the keys it manages (never change v1; add v2).
 */
export class CreateApiKeyUsage1795700000000 implements MigrationInterface {
  name = 'CreateApiKeyUsage1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE api_key_usage (key_id uuid PRIMARY KEY, last_used_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE VIEW api_key_usage_v1 AS SELECT key_id, last_used_at FROM api_key_usage`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP VIEW api_key_usage_v1`);
    await queryRunner.query(`DROP TABLE api_key_usage`);
  }
}
