import { INBOX_OUTBOX_V1_DOWN, INBOX_OUTBOX_V1_UP } from '@concord/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const UP = [
  ...INBOX_OUTBOX_V1_UP,
  `CREATE TABLE notifications (
     id uuid PRIMARY KEY,
     alert_id uuid NOT NULL,
     alert_revision int NOT NULL CHECK (alert_revision >= 1),
     enterprise_id uuid NOT NULL,
     person_id uuid NOT NULL,
     level text NOT NULL CHECK (level IN ('GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED')),
     title text NOT NULL,
     body jsonb NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     read_at timestamptz,
     CONSTRAINT notifications_once_per_person UNIQUE (alert_id, alert_revision, person_id))`,
  `CREATE INDEX notifications_person_newest ON notifications (person_id, created_at DESC)`,
  `CREATE TABLE deliveries (
     id uuid PRIMARY KEY,
     notification_id uuid REFERENCES notifications (id),
     alert_id uuid NOT NULL,
     alert_revision int NOT NULL,
     channel text NOT NULL CHECK (channel IN ('in_app', 'webhook')),
     target text NOT NULL,
     payload jsonb,
     status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
     attempts int NOT NULL DEFAULT 0,
     last_error text,
     created_at timestamptz NOT NULL DEFAULT now(),
     delivered_at timestamptz,
     CONSTRAINT deliveries_once_per_target UNIQUE (alert_id, alert_revision, channel, target),
     CHECK ((status = 'delivered') = (delivered_at IS NOT NULL)))`,
  // The sweeper looks only at deliveries still pending.
  `CREATE INDEX deliveries_pending ON deliveries (created_at) WHERE status = 'pending'`,
  `CREATE INDEX deliveries_notification ON deliveries (notification_id)`,
  `CREATE TABLE delivery_attempts (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     delivery_id uuid NOT NULL REFERENCES deliveries (id),
     attempt int NOT NULL CHECK (attempt >= 1),
     outcome text NOT NULL CHECK (outcome IN ('delivered', 'failed')),
     http_status int,
     error text,
     at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT delivery_attempts_once UNIQUE (delivery_id, attempt))`,
];

const DOWN = [`DROP TABLE delivery_attempts`, `DROP TABLE deliveries`, `DROP TABLE notifications`, ...INBOX_OUTBOX_V1_DOWN];

/** The notify schema: notifications (the in-app inbox), deliveries and their attempt log, inbox and outbox. */
export class CreateNotifySchema1795400000000 implements MigrationInterface {
  name = 'CreateNotifySchema1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
