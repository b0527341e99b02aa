import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The idempotency record: one row per event id Kafka has acknowledged. */
export class CreateIngestSchema1795500000000 implements MigrationInterface {
  name = 'CreateIngestSchema1795500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE accepted_events (
       event_id text PRIMARY KEY,
       enterprise_id uuid NOT NULL,
       body_sha256 text NOT NULL,
       accepted_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE accepted_events`);
  }
}
