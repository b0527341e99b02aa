import type { MigrationInterface, QueryRunner } from 'typeorm';

const UP = [
  // One inbox entry per case event and person: the key that makes a redelivered event tell nobody twice.
  `CREATE TABLE case_notices (
     id uuid PRIMARY KEY,
     event_id text NOT NULL,
     case_id uuid NOT NULL,
     enterprise_id uuid NOT NULL,
     kind text NOT NULL CHECK (kind IN ('assigned', 'reassigned', 'failed', 'escalated', 'arbitration', 'stage_changed')),
     person_id uuid NOT NULL,
     roles text[] NOT NULL CHECK (cardinality(roles) >= 1),
     title text NOT NULL,
     body jsonb NOT NULL,
     language text NOT NULL CHECK (language IN ('zh-CN', 'en')),
     created_at timestamptz NOT NULL DEFAULT now(),
     read_at timestamptz,
     CONSTRAINT case_notices_once UNIQUE (event_id, person_id))`,
  `CREATE INDEX case_notices_person_newest ON case_notices (person_id, created_at DESC)`,
  `CREATE INDEX case_notices_case ON case_notices (case_id)`,
  // The mediators the notifier last saw seated on each case: who the "old" mediators of a reassignment or escalation are.
  `CREATE TABLE case_seats (
     case_id uuid PRIMARY KEY,
     mediator_ids uuid[] NOT NULL,
     updated_at timestamptz NOT NULL)`,
  // A delivery now comes from a notice of a thread (alerts) or from a case notice, never both.
  `ALTER TABLE deliveries
     ALTER COLUMN notice_id DROP NOT NULL,
     ALTER COLUMN alert_id DROP NOT NULL,
     ALTER COLUMN alert_revision DROP NOT NULL,
     ADD COLUMN case_notice_id uuid REFERENCES case_notices (id),
     ADD CONSTRAINT deliveries_one_origin CHECK ((notice_id IS NULL) <> (case_notice_id IS NULL)),
     ADD CONSTRAINT deliveries_alert_of_notice CHECK (notice_id IS NULL OR (alert_id IS NOT NULL AND alert_revision IS NOT NULL)),
     ADD CONSTRAINT deliveries_once_per_case_notice UNIQUE (case_notice_id, channel, target)`,
];

const DOWN = [
  `DELETE FROM delivery_attempts WHERE delivery_id IN (SELECT id FROM deliveries WHERE case_notice_id IS NOT NULL)`,
  `DELETE FROM deliveries WHERE case_notice_id IS NOT NULL`,
  `ALTER TABLE deliveries
     DROP CONSTRAINT deliveries_once_per_case_notice,
     DROP CONSTRAINT deliveries_alert_of_notice,
     DROP CONSTRAINT deliveries_one_origin,
     DROP COLUMN case_notice_id,
     ALTER COLUMN alert_revision SET NOT NULL,
     ALTER COLUMN alert_id SET NOT NULL,
     ALTER COLUMN notice_id SET NOT NULL`,
  `DROP TABLE case_seats`,
  `DROP TABLE case_notices`,
];

/**
 * Case notifications (case-service issue, item 5): the inbox entries of case events, the seats
 * the notifier has seen, and deliveries that hang off a case notice instead of a thread's notice.
 * Case messages are not alert threads (no level, no acknowledgement, no repeats), so they get a
 * nullable reference of their own rather than a stand-in thread.
 */
export class CaseNotices1797900000000 implements MigrationInterface {
  name = 'CaseNotices1797900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
