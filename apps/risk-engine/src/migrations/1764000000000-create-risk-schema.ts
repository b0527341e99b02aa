import { INBOX_OUTBOX_V1_DOWN, INBOX_OUTBOX_V1_UP } from '@concord/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const LEVEL_CHECK = `IN ('GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED')`;

const UP = [
  ...INBOX_OUTBOX_V1_UP,
  `CREATE TABLE events (
     event_id text PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     type text NOT NULL,
     business_time timestamptz NOT NULL,
     received_at timestamptz NOT NULL DEFAULT now(),
     payload jsonb NOT NULL)`,
  `CREATE INDEX events_enterprise_time ON events (enterprise_id, business_time)`,
  `CREATE TABLE wage_facts (
     event_id text PRIMARY KEY REFERENCES events (event_id),
     enterprise_id uuid NOT NULL,
     period text NOT NULL,
     scheduled_pay_date date NOT NULL,
     actual_pay_date date,
     headcount int NOT NULL,
     workers_due int NOT NULL,
     workers_paid int NOT NULL,
     amount_due_minor bigint NOT NULL,
     amount_paid_minor bigint NOT NULL,
     supersedes text)`,
  `CREATE INDEX wage_facts_enterprise ON wage_facts (enterprise_id)`,
  `CREATE TABLE enterprise_risk (
     enterprise_id uuid PRIMARY KEY,
     score double precision NOT NULL,
     band text NOT NULL CHECK (band ${LEVEL_CHECK}),
     level text NOT NULL CHECK (level ${LEVEL_CHECK}),
     rule_set_id text NOT NULL,
     rule_set_version int NOT NULL,
     fired jsonb NOT NULL,
     evidence_event_ids text[] NOT NULL,
     as_of timestamptz NOT NULL,
     scored_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL)`,
  `CREATE TABLE score_history (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     trigger_event_id text NOT NULL,
     score double precision NOT NULL,
     band text NOT NULL CHECK (band ${LEVEL_CHECK}),
     level text NOT NULL CHECK (level ${LEVEL_CHECK}),
     fired jsonb NOT NULL,
     rule_set_id text NOT NULL,
     rule_set_version int NOT NULL,
     as_of timestamptz NOT NULL,
     scored_at timestamptz NOT NULL)`,
  `CREATE INDEX score_history_enterprise_newest ON score_history (enterprise_id, scored_at DESC, id DESC)`,
  `CREATE TABLE alerts (
     alert_id uuid PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     status text NOT NULL CHECK (status IN ('open', 'resolved')),
     level text NOT NULL CHECK (level ${LEVEL_CHECK}),
     revision int NOT NULL CHECK (revision >= 1),
     fired jsonb NOT NULL,
     opened_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL,
     resolved_at timestamptz,
     CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)))`,
  // The alert decision assumes at most one open alert per enterprise; the database holds it to that.
  `CREATE UNIQUE INDEX alerts_one_open_per_enterprise ON alerts (enterprise_id) WHERE status = 'open'`,
  `CREATE INDEX alerts_enterprise_newest ON alerts (enterprise_id, opened_at DESC)`,
  `CREATE INDEX alerts_newest ON alerts (opened_at DESC)`,
];

const DOWN = [
  `DROP TABLE alerts`,
  `DROP TABLE score_history`,
  `DROP TABLE enterprise_risk`,
  `DROP TABLE wage_facts`,
  `DROP TABLE events`,
  ...INBOX_OUTBOX_V1_DOWN,
];

/** The risk schema: received events, wage facts, current risk, score history, alerts, inbox and outbox. */
export class CreateRiskSchema1764000000000 implements MigrationInterface {
  name = 'CreateRiskSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
