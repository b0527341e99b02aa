import { openCase } from '@concord/case-workflow';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** CASE_STAGES of @concord/case-workflow when this migration was written (frozen here on purpose). */
const STAGES = `('intake', 'triage', 'assigned', 'accepted', 'in_mediation', 'agreement', 'performance_monitoring', 'closed', 'failed', 'escalated', 'arbitration')`;
const OLD_STATUSES = `('intake', 'triage', 'assigned', 'accepted', 'in_mediation', 'agreement', 'monitoring', 'closed', 'failed', 'escalated')`;

interface CaseRow {
  id: string;
  level: 'ORANGE' | 'RED' | 'GREEN' | 'BLUE' | 'YELLOW';
  status: string;
  collective: boolean;
  opened_at: Date;
  mediator_ids: string[];
  assigned_at: Date | null;
}

/**
 * Aligns the stage column with the case-workflow lib's stages ('monitoring' becomes
 * 'performance_monitoring', 'arbitration' is added) and stores the lib's CaseState per case
 * (`cases.state`), plus the command behind each transition. Existing cases are backfilled as
 * openCase would have opened them, then given the stage and active mediators they hold: cases
 * written before this migration only ever reached intake, triage or assigned. Their
 * jurisdiction is the default 'CN' (the directory is another service's schema, not read here).
 */
export class CaseWorkflowState1795400000002 implements MigrationInterface {
  name = 'CaseWorkflowState1795400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE cases DROP CONSTRAINT cases_status_check`,
      `ALTER TABLE case_transitions DROP CONSTRAINT case_transitions_from_status_check`,
      `ALTER TABLE case_transitions DROP CONSTRAINT case_transitions_to_status_check`,
      `UPDATE cases SET status = 'performance_monitoring' WHERE status = 'monitoring'`,
      `UPDATE case_transitions SET from_status = 'performance_monitoring' WHERE from_status = 'monitoring'`,
      `UPDATE case_transitions SET to_status = 'performance_monitoring' WHERE to_status = 'monitoring'`,
      `ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN ${STAGES})`,
      `ALTER TABLE case_transitions ADD CONSTRAINT case_transitions_from_status_check CHECK (from_status IN ${STAGES})`,
      `ALTER TABLE case_transitions ADD CONSTRAINT case_transitions_to_status_check CHECK (to_status IN ${STAGES})`,
      // The lib's command name; null for the opening row and for rows written before this migration.
      `ALTER TABLE case_transitions ADD COLUMN command text`,
      `ALTER TABLE cases ADD COLUMN state jsonb`,
    ]) {
      await queryRunner.query(statement);
    }
    const rows = (await queryRunner.query(
      `SELECT c.id, c.level, c.status, c.collective, c.opened_at,
              coalesce(array_agg(a.mediator_id ORDER BY a.mediator_id) FILTER (WHERE a.active), '{}') AS mediator_ids,
              max(a.assigned_at) FILTER (WHERE a.active) AS assigned_at
         FROM cases c LEFT JOIN case_assignments a ON a.case_id = c.id
        GROUP BY c.id`,
    )) as CaseRow[];
    for (const row of rows) {
      const opened = openCase({ caseId: row.id, jurisdiction: 'CN', level: row.level, receivedAt: new Date(row.opened_at) });
      const state = {
        ...opened,
        stage: row.status,
        collective: row.collective,
        mediatorIds: row.mediator_ids,
        assignedAt: row.assigned_at ? new Date(row.assigned_at) : null,
      };
      await queryRunner.query(`UPDATE cases SET state = $2::jsonb WHERE id = $1`, [row.id, JSON.stringify(state)]);
    }
    await queryRunner.query(`ALTER TABLE cases ALTER COLUMN state SET NOT NULL`);
  }

  /** Refused by the restored CHECK if a case reached 'arbitration', which the old schema cannot hold. */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of [
      `ALTER TABLE cases DROP COLUMN state`,
      `ALTER TABLE case_transitions DROP COLUMN command`,
      `ALTER TABLE cases DROP CONSTRAINT cases_status_check`,
      `ALTER TABLE case_transitions DROP CONSTRAINT case_transitions_from_status_check`,
      `ALTER TABLE case_transitions DROP CONSTRAINT case_transitions_to_status_check`,
      `UPDATE cases SET status = 'monitoring' WHERE status = 'performance_monitoring'`,
      `UPDATE case_transitions SET from_status = 'monitoring' WHERE from_status = 'performance_monitoring'`,
      `UPDATE case_transitions SET to_status = 'monitoring' WHERE to_status = 'performance_monitoring'`,
      `ALTER TABLE cases ADD CONSTRAINT cases_status_check CHECK (status IN ${OLD_STATUSES})`,
      `ALTER TABLE case_transitions ADD CONSTRAINT case_transitions_from_status_check CHECK (from_status IN ${OLD_STATUSES})`,
      `ALTER TABLE case_transitions ADD CONSTRAINT case_transitions_to_status_check CHECK (to_status IN ${OLD_STATUSES})`,
    ]) {
      await queryRunner.query(statement);
    }
  }
}
