import type { MigrationInterface, QueryRunner } from 'typeorm';

const UP = [
  // An inbox entry's thread is its notice's thread: one key (notice, thread) checks both in one
  // lookup and also forbids an entry naming another thread than its notice's. Two single-column
  // keys were two lookups per entry, the larger part of writing a notice's inbox entries.
  `ALTER TABLE notices ADD CONSTRAINT notices_of_thread UNIQUE (id, thread_id)`,
  `ALTER TABLE notifications
     DROP CONSTRAINT notifications_notice_id_fkey,
     DROP CONSTRAINT notifications_thread_id_fkey,
     ADD CONSTRAINT notifications_of_notice FOREIGN KEY (notice_id, thread_id) REFERENCES notices (id, thread_id)`,
  // A webhook has no inbox entry: its NULL needs no index entry, on insert nor on each status change.
  // (deliveries_once_per_case_notice stays whole: running notifiers name it in ON CONFLICT.)
  `DROP INDEX deliveries_notification`,
  `CREATE INDEX deliveries_notification ON deliveries (notification_id) WHERE notification_id IS NOT NULL`,
];

const DOWN = [
  `DROP INDEX deliveries_notification`,
  `CREATE INDEX deliveries_notification ON deliveries (notification_id)`,
  `ALTER TABLE notifications
     DROP CONSTRAINT notifications_of_notice,
     ADD CONSTRAINT notifications_notice_id_fkey FOREIGN KEY (notice_id) REFERENCES notices (id),
     ADD CONSTRAINT notifications_thread_id_fkey FOREIGN KEY (thread_id) REFERENCES threads (id)`,
  `ALTER TABLE notices DROP CONSTRAINT notices_of_thread`,
];

/** Fewer checks and index entries per inbox entry and delivery written: the notifier's busiest writes. */
export class LeanerInboxAndDeliveryWrites1798600000000 implements MigrationInterface {
  name = 'LeanerInboxAndDeliveryWrites1798600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
