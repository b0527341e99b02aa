import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What every delivery, in-app included, reads as in the delivery log: the columns of `deliveries`. */
const LOG_COLUMNS = `id, notice_id, case_notice_id, alert_id, alert_revision, notification_id, person_id, channel, target, status, attempts,
            last_error, created_at, delivered_at, not_before, fallback_of, replays, endpoint_id`;

const UP = [
  // An inbox entry (an alert's notification, a case notice) is its in-app delivery: written in the
  // transaction that decides it, so it is delivered when it exists. A delivery row and an attempt
  // row beside each entry doubled what a notice wrote, and nothing could ever change them.
  `DELETE FROM delivery_attempts a USING deliveries d WHERE a.delivery_id = d.id AND d.channel = 'in_app'`,
  `DELETE FROM deliveries WHERE channel = 'in_app'`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_channel_check, ADD CONSTRAINT deliveries_channel_check CHECK (channel IN ('email', 'sms', 'webhook'))`,
  // deliveries_once_per_notice (notice_id, channel, target) serves every lookup by notice.
  `DROP INDEX deliveries_notice`,
  // The delivery log staff read: every sent delivery, and each inbox entry as a delivered in-app one.
  `CREATE VIEW delivery_log AS
     SELECT ${LOG_COLUMNS} FROM deliveries
     UNION ALL
     SELECT n.id, n.notice_id, NULL, n.alert_id, n.alert_revision, n.id, n.person_id, 'in_app', n.person_id::text, 'delivered', 1,
            NULL, n.created_at, n.created_at, n.created_at, NULL, 0, NULL
       FROM notifications n
     UNION ALL
     SELECT c.id, NULL, c.id, NULL, NULL, NULL, c.person_id, 'in_app', c.person_id::text, 'delivered', 1,
            NULL, c.created_at, c.created_at, c.created_at, NULL, 0, NULL
       FROM case_notices c`,
  `CREATE VIEW delivery_attempt_log AS
     SELECT delivery_id, attempt, outcome, http_status, error, at FROM delivery_attempts
     UNION ALL
     SELECT id, 1, 'delivered', NULL, NULL, created_at FROM notifications
     UNION ALL
     SELECT id, 1, 'delivered', NULL, NULL, created_at FROM case_notices`,
];

const DOWN = [
  `DROP VIEW delivery_attempt_log`,
  `DROP VIEW delivery_log`,
  `CREATE INDEX deliveries_notice ON deliveries (notice_id)`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_channel_check, ADD CONSTRAINT deliveries_channel_check CHECK (channel IN ('in_app', 'email', 'sms', 'webhook'))`,
  `INSERT INTO deliveries (id, notice_id, alert_id, alert_revision, notification_id, person_id, channel, target, status, attempts, created_at, delivered_at, not_before)
   SELECT gen_random_uuid(), notice_id, alert_id, alert_revision, id, person_id, 'in_app', person_id::text, 'delivered', 1, created_at, created_at, created_at FROM notifications`,
  `INSERT INTO deliveries (id, case_notice_id, person_id, channel, target, status, attempts, created_at, delivered_at, not_before)
   SELECT gen_random_uuid(), id, person_id, 'in_app', person_id::text, 'delivered', 1, created_at, created_at, created_at FROM case_notices`,
  `INSERT INTO delivery_attempts (delivery_id, attempt, outcome, at) SELECT id, 1, 'delivered', delivered_at FROM deliveries WHERE channel = 'in_app'`,
];

/** Inbox entries are the in-app deliveries; the delivery log shows them beside the sent ones. */
export class InboxEntriesAreInAppDeliveries1798500000000 implements MigrationInterface {
  name = 'InboxEntriesAreInAppDeliveries1798500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
