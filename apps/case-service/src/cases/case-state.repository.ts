import type { CaseCommandType, CaseStage, CaseState, CaseTransition } from '@concord/case-workflow';
import { type RiskLevel, TOPICS } from '@concord/contracts';
import { appendToOutbox } from '@concord/database';
import type { EntityManager } from 'typeorm';
import { stageChangedEvent } from './case-events.mapper';
import { caseStateFromJson, caseStateToJson } from './case-state.codec';

/** Who changed a case: 'system' for the service itself, else the staff member's id (token `sub`). */
export const SYSTEM_ACTOR = 'system';

export interface LockedCase {
  id: string;
  enterpriseId: string;
  alertId: string | null;
  level: RiskLevel;
  category: string;
  state: CaseState;
}

/**
 * Reads a case and locks its row until the transaction ends, so concurrent commands on one case
 * apply one after the other, each to the state the previous one stored. Null when there is none.
 */
export async function lockCase(manager: EntityManager, caseId: string): Promise<LockedCase | null> {
  const rows = await manager.query<{ id: string; enterprise_id: string; alert_id: string | null; level: RiskLevel; category: string; state: unknown }[]>(
    `SELECT id, enterprise_id, alert_id, level, category, state FROM cases WHERE id = $1 FOR UPDATE`,
    [caseId],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, enterpriseId: row.enterprise_id, alertId: row.alert_id, level: row.level, category: row.category, state: caseStateFromJson(row.state) };
}

/** Stores the state and its stage column together; the column exists to filter and index on. */
export async function saveCaseState(manager: EntityManager, state: CaseState): Promise<void> {
  await manager.query(`UPDATE cases SET state = $2::jsonb, status = $3, collective = $4, updated_at = now() WHERE id = $1`, [
    state.caseId,
    JSON.stringify(caseStateToJson(state)),
    state.stage,
    state.collective,
  ]);
}

export interface TransitionRow {
  from: CaseStage | null;
  to: CaseStage;
  command: CaseCommandType | null;
  note: string;
}

/** One row of the case's history; `at` is the database's clock_timestamp, so rows of one transaction keep their order. */
export async function recordTransition(manager: EntityManager, caseId: string, row: TransitionRow | CaseTransition, actor: string): Promise<string> {
  const [{ id }] = await manager.query<{ id: string }[]>(
    `INSERT INTO case_transitions (case_id, from_status, to_status, command, actor, note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [caseId, row.from, row.to, row.command, actor, row.note],
  );
  return id;
}

/**
 * A command's transition: its history row, and (same transaction, outbox) the
 * concord.case.stage_changed.v1 event that lets the risk engine and the notifier follow the case.
 */
export async function recordStageChange(manager: EntityManager, enterpriseId: string, transition: CaseTransition, after: CaseState, actor: string): Promise<string> {
  const id = await recordTransition(manager, after.caseId, transition, actor);
  await appendToOutbox(manager, TOPICS.caseEvents, [stageChangedEvent(enterpriseId, id, transition, after)]);
  return id;
}
