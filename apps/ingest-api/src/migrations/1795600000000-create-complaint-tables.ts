import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worker complaints: the status a tracking code (stored only as its SHA-256) can read, and, for
 * non-anonymous complaints, the contact sealed with AES-256-GCM. Nothing here names a person in clear.
 */
export class CreateComplaintTables1795600000000 implements MigrationInterface {
  name = 'CreateComplaintTables1795600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE complaint_tracking (
       tracking_sha256 text PRIMARY KEY,
       complaint_id uuid NOT NULL UNIQUE,
       enterprise_id uuid NOT NULL,
       status text NOT NULL,
       received_at timestamptz NOT NULL,
       updated_at timestamptz NOT NULL)`);
    await queryRunner.query(`CREATE TABLE complaint_identities (
       complaint_id uuid PRIMARY KEY REFERENCES complaint_tracking (complaint_id) ON DELETE CASCADE,
       ciphertext bytea NOT NULL,
       iv bytea NOT NULL,
       tag bytea NOT NULL,
       key_version integer NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE complaint_identities`);
    await queryRunner.query(`DROP TABLE complaint_tracking`);
  }
}
