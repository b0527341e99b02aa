import { INBOX_OUTBOX_V1_DOWN, INBOX_OUTBOX_V1_UP } from '@concord/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = `('intake', 'triage', 'assigned', 'accepted', 'in_mediation', 'agreement', 'monitoring', 'closed', 'failed', 'escalated')`;

const UP = [
  ...INBOX_OUTBOX_V1_UP,
  `CREATE TABLE cases (
     id uuid PRIMARY KEY,
     enterprise_id uuid NOT NULL,
     alert_id uuid,
     level text NOT NULL CHECK (level IN ('GREEN', 'BLUE', 'YELLOW', 'ORANGE', 'RED')),
     status text NOT NULL CHECK (status IN ${STATUSES}),
     collective boolean NOT NULL DEFAULT false,
     category text NOT NULL,
     triage_reason jsonb,
     opened_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now(),
     -- One case per alert, however often the alert is delivered or revised.
     CONSTRAINT cases_one_per_alert UNIQUE (alert_id))`,
  `CREATE INDEX cases_enterprise_newest ON cases (enterprise_id, opened_at DESC)`,
  `CREATE TABLE case_assignments (
     case_id uuid NOT NULL REFERENCES cases (id),
     mediator_id uuid NOT NULL,
     assigned_at timestamptz NOT NULL DEFAULT now(),
     active boolean NOT NULL DEFAULT true,
     reason jsonb NOT NULL,
     PRIMARY KEY (case_id, mediator_id))`,
  `CREATE INDEX case_assignments_active_mediator ON case_assignments (mediator_id) WHERE active`,
  `CREATE TABLE case_transitions (
     id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
     case_id uuid NOT NULL REFERENCES cases (id),
     from_status text CHECK (from_status IN ${STATUSES}),
     to_status text NOT NULL CHECK (to_status IN ${STATUSES}),
     actor text NOT NULL,
     note text,
     -- clock_timestamp, not now(): transitions made in one transaction keep their order.
     at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  `CREATE INDEX case_transitions_case ON case_transitions (case_id, at)`,
  `CREATE TABLE mediator_load (
     mediator_id uuid PRIMARY KEY,
     open_cases int NOT NULL DEFAULT 0 CHECK (open_cases >= 0))`,
];

const DOWN = [`DROP TABLE mediator_load`, `DROP TABLE case_transitions`, `DROP TABLE case_assignments`, `DROP TABLE cases`, ...INBOX_OUTBOX_V1_DOWN];

/** The cases schema: cases, assignments, transitions, the mediator capacity ledger, inbox and outbox. */
export class CreateCasesSchema1795400000001 implements MigrationInterface {
  name = 'CreateCasesSchema1795400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
