import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * staff_audit_log: one row per change a staff member made (their POST/PUT/PATCH/DELETE on the
 * console's own routes or through its gateway to the owners) and per login attempt. Append-only
 * and console-private (no published view). No foreign key to people: the trail must outlive the
 * person it names. `status` is NULL when the connection closed before an answer was sent.
 * `email_digest` is a keyed HMAC of the email of a failed login, never the email.
 */
export class StaffAuditLog1798100000000 implements MigrationInterface {
  name = 'StaffAuditLog1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const UP = [
  `CREATE TABLE directory.staff_audit_log (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT now(),
     action text NOT NULL CONSTRAINT staff_audit_log_action_check CHECK (action IN ('request', 'login', 'login_failed')),
     person_id uuid,
     roles text[] NOT NULL DEFAULT '{}',
     email_digest text,
     method text NOT NULL,
     path text NOT NULL,
     target_ids uuid[] NOT NULL DEFAULT '{}',
     status integer,
     correlation_id text
   )`,
  `CREATE INDEX staff_audit_log_at_idx ON directory.staff_audit_log (at DESC, id DESC)`,
  `CREATE INDEX staff_audit_log_person_idx ON directory.staff_audit_log (person_id, at DESC, id DESC)`,
];

const DOWN = [`DROP TABLE directory.staff_audit_log`];
