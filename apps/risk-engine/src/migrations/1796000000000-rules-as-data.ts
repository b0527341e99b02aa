import type { MigrationInterface, QueryRunner } from 'typeorm';

const UP = [
  // Every indicator now reads the stored events themselves; the wage-only fact table goes.
  `DROP TABLE wage_facts`,
  `CREATE TABLE rule_sets (
     version int PRIMARY KEY CHECK (version >= 1),
     status text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
     body jsonb NOT NULL,
     based_on_version int REFERENCES rule_sets (version),
     edited_by text NOT NULL,
     edited_at timestamptz NOT NULL,
     published_by text,
     published_at timestamptz,
     publish_reason text,
     CONSTRAINT rule_sets_published_fields CHECK (status = 'draft' OR (published_by IS NOT NULL AND published_at IS NOT NULL AND publish_reason IS NOT NULL)))`,
  // At most one draft and one live version at a time.
  `CREATE UNIQUE INDEX rule_sets_one_draft ON rule_sets ((status)) WHERE status = 'draft'`,
  `CREATE UNIQUE INDEX rule_sets_one_published ON rule_sets ((status)) WHERE status = 'published'`,
  `CREATE TABLE rule_set_audit (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     version int NOT NULL REFERENCES rule_sets (version),
     action text NOT NULL CHECK (action IN ('draft_saved', 'backtested', 'published', 'rolled_back')),
     actor text NOT NULL,
     reason text,
     details jsonb NOT NULL DEFAULT '{}'::jsonb,
     at timestamptz NOT NULL)`,
  `CREATE INDEX rule_set_audit_newest ON rule_set_audit (at DESC, id DESC)`,
  `ALTER TABLE enterprise_risk ADD COLUMN held_by jsonb`,
  `ALTER TABLE score_history ADD COLUMN held_by jsonb`,
  `CREATE INDEX enterprise_risk_live ON enterprise_risk (enterprise_id) WHERE level <> 'GREEN'`,
  // The region trend reads each enterprise's newest assessment as of a business day.
  `CREATE INDEX score_history_enterprise_as_of ON score_history (enterprise_id, as_of DESC, id DESC)`,
];

const DOWN = [
  `DROP INDEX score_history_enterprise_as_of`,
  `DROP INDEX enterprise_risk_live`,
  `ALTER TABLE score_history DROP COLUMN held_by`,
  `ALTER TABLE enterprise_risk DROP COLUMN held_by`,
  `DROP TABLE rule_set_audit`,
  `DROP TABLE rule_sets`,
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
];

/**
 * Rules as data (issue 4): versioned rule sets with one draft and one published version, an audit
 * of every save, backtest, publish and rollback; the level's hysteresis hold stored with scores.
 */
export class RulesAsData1796000000000 implements MigrationInterface {
  name = 'RulesAsData1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
