import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per case timer that has fired and been acted on (or found to need nothing), keyed by
 * the timer's fixed id from @concord/case-workflow's dueTimers: a job that runs twice, or a
 * sweeper re-enqueueing a timer that already fired, acts once. Warnings leave the case's state
 * unchanged, so only this table tells they were given.
 */
export class CaseTimerFirings1795400000005 implements MigrationInterface {
  name = 'CaseTimerFirings1795400000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE case_timer_firings (
         timer_id text PRIMARY KEY,
         case_id uuid NOT NULL REFERENCES cases (id),
         kind text NOT NULL,
         due_at timestamptz NOT NULL,
         outcome text NOT NULL,
         fired_at timestamptz NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(`CREATE INDEX case_timer_firings_case ON case_timer_firings (case_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE case_timer_firings`);
  }
}
