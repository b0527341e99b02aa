import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVEL = `text NOT NULL CHECK (level IN ('BLUE', 'YELLOW', 'ORANGE', 'RED'))`;

const UP = [
  // One open thread per enterprise and category: new revisions update it instead of repeating it.
  `CREATE TABLE threads (
     id uuid PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     category text NOT NULL CHECK (category IN ('labor_risk', 'collective_incident')),
     alert_id uuid NOT NULL,
     status text NOT NULL CHECK (status IN ('open', 'closed')),
     level ${LEVEL},
     revision int NOT NULL,
     alert jsonb NOT NULL,
     notified_revision int,
     notified_level text,
     notified_at timestamptz,
     acknowledged_at timestamptz,
     acknowledged_by text,
     escalation_step int NOT NULL DEFAULT 0,
     escalate_at timestamptz,
     repeat_at timestamptz,
     repeat_round int NOT NULL DEFAULT 0,
     suppressed_by text,
     opened_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     closed_at timestamptz,
     CHECK ((status = 'closed') = (closed_at IS NOT NULL)))`,
  `CREATE UNIQUE INDEX threads_one_open ON threads (enterprise_id, category) WHERE status = 'open'`,
  `CREATE INDEX threads_alert ON threads (alert_id)`,
  // The sweeper's questions: what is due, and what was never told.
  `CREATE INDEX threads_escalate_due ON threads (escalate_at) WHERE status = 'open' AND acknowledged_at IS NULL`,
  `CREATE INDEX threads_repeat_due ON threads (repeat_at) WHERE status = 'open' AND acknowledged_at IS NULL`,
  `CREATE INDEX threads_untold ON threads (updated_at) WHERE status = 'open' AND suppressed_by IS NULL`,
  // Every time a thread was (or was kept from being) told: the log staff read.
  `CREATE TABLE notices (
     id uuid PRIMARY KEY,
     thread_id uuid NOT NULL REFERENCES threads (id),
     alert_id uuid NOT NULL,
     alert_revision int NOT NULL,
     reason text NOT NULL CHECK (reason IN ('opened', 'raised', 'new_trigger', 'repeat', 'released', 'escalated')),
     round bigint NOT NULL,
     level ${LEVEL},
     outcome text NOT NULL CHECK (outcome IN ('delivered', 'silenced', 'inhibited')),
     detail text,
     created_at timestamptz NOT NULL DEFAULT now(),
     CONSTRAINT notices_once UNIQUE (thread_id, alert_revision, reason, round))`,
  // The inbox and deliveries now hang off a notice: a repeat or an escalation is a notice of its own.
  `DELETE FROM delivery_attempts`,
  `DELETE FROM deliveries`,
  `DELETE FROM notifications`,
  `ALTER TABLE notifications ADD COLUMN notice_id uuid NOT NULL REFERENCES notices (id)`,
  `ALTER TABLE notifications ADD COLUMN thread_id uuid NOT NULL REFERENCES threads (id)`,
  `ALTER TABLE notifications ADD COLUMN language text NOT NULL DEFAULT 'zh-CN' CHECK (language IN ('zh-CN', 'en'))`,
  `ALTER TABLE notifications DROP CONSTRAINT notifications_once_per_person`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_once_per_notice UNIQUE (notice_id, person_id)`,
  `ALTER TABLE deliveries ADD COLUMN notice_id uuid NOT NULL REFERENCES notices (id)`,
  `ALTER TABLE deliveries ADD COLUMN person_id uuid`,
  // A region's webhook endpoint (its secret signs the body); null for the installation-wide WEBHOOK_URL.
  `ALTER TABLE deliveries ADD COLUMN endpoint_id uuid`,
  `ALTER TABLE deliveries ADD COLUMN not_before timestamptz NOT NULL DEFAULT now()`,
  `ALTER TABLE deliveries ADD COLUMN fallback_of uuid REFERENCES deliveries (id)`,
  `ALTER TABLE deliveries ADD COLUMN replays int NOT NULL DEFAULT 0`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_once_per_target`,
  `ALTER TABLE deliveries ADD CONSTRAINT deliveries_once_per_notice UNIQUE (notice_id, channel, target)`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_channel_check`,
  `ALTER TABLE deliveries ADD CONSTRAINT deliveries_channel_check CHECK (channel IN ('in_app', 'email', 'sms', 'webhook'))`,
  `CREATE INDEX deliveries_notice ON deliveries (notice_id)`,
  `CREATE INDEX deliveries_dead ON deliveries (created_at DESC) WHERE status = 'dead'`,
  `CREATE TABLE silences (
     id uuid PRIMARY KEY,
     enterprise_id uuid,
     region_id uuid,
     category text CHECK (category IN ('labor_risk', 'collective_incident')),
     max_level text CHECK (max_level IN ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
     starts_at timestamptz NOT NULL,
     ends_at timestamptz NOT NULL,
     reason text NOT NULL CHECK (btrim(reason) <> ''),
     created_by text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     expired_at timestamptz,
     CHECK (enterprise_id IS NOT NULL OR region_id IS NOT NULL),
     CHECK (ends_at > starts_at))`,
  `CREATE INDEX silences_active ON silences (ends_at) WHERE expired_at IS NULL`,
  `CREATE TABLE routing_tables (
     region_id uuid PRIMARY KEY,
     min_level_by_role jsonb NOT NULL,
     updated_by text NOT NULL,
     updated_at timestamptz NOT NULL)`,
  `CREATE TABLE person_preferences (
     person_id uuid PRIMARY KEY,
     channels_by_level jsonb NOT NULL,
     quiet_hours jsonb,
     updated_at timestamptz NOT NULL)`,
  `CREATE TABLE webhook_endpoints (
     id uuid PRIMARY KEY,
     region_id uuid NOT NULL,
     url text NOT NULL,
     format text NOT NULL CHECK (format IN ('json', 'markdown')),
     secret text NOT NULL,
     active boolean NOT NULL DEFAULT true,
     created_by text NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now())`,
  `CREATE INDEX webhook_endpoints_region ON webhook_endpoints (region_id) WHERE active`,
];

const DOWN = [
  `DROP TABLE webhook_endpoints`,
  `DROP TABLE person_preferences`,
  `DROP TABLE routing_tables`,
  `DROP TABLE silences`,
  `DELETE FROM delivery_attempts`,
  `DELETE FROM deliveries`,
  `DELETE FROM notifications`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_channel_check`,
  `ALTER TABLE deliveries ADD CONSTRAINT deliveries_channel_check CHECK (channel IN ('in_app', 'webhook'))`,
  `ALTER TABLE deliveries DROP CONSTRAINT deliveries_once_per_notice`,
  `ALTER TABLE deliveries ADD CONSTRAINT deliveries_once_per_target UNIQUE (alert_id, alert_revision, channel, target)`,
  `ALTER TABLE deliveries DROP COLUMN replays, DROP COLUMN fallback_of, DROP COLUMN not_before, DROP COLUMN endpoint_id, DROP COLUMN person_id, DROP COLUMN notice_id`,
  `ALTER TABLE notifications DROP CONSTRAINT notifications_once_per_notice`,
  `ALTER TABLE notifications ADD CONSTRAINT notifications_once_per_person UNIQUE (alert_id, alert_revision, person_id)`,
  `ALTER TABLE notifications DROP COLUMN language, DROP COLUMN thread_id, DROP COLUMN notice_id`,
  `DROP TABLE notices`,
  `DROP TABLE threads`,
];

/**
 * Issue 5's notifier: threads (one open per enterprise and category), notices (each time a thread
 * is told, or kept from being told), email and SMS deliveries with fallbacks and replays,
 * silences, per-region routing tables and webhook endpoints, person preferences. Deliveries of
 * the first version are removed: nothing was installed with it yet.
 */
export class ThreadsAndChannels1797200000000 implements MigrationInterface {
  name = 'ThreadsAndChannels1797200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
