import { randomUUID } from 'node:crypto';
import { migrateServiceSchema } from '@concord/database';
import { createTestDatabase, type TestDatabase } from '@concord/testing';
import { Client } from 'pg';
import { casesDatabaseOptions } from '../cases-database';
import { caseStateFromJson } from '../cases/case-state.codec';
import { CreateCasesSchema1795400000001 } from './1795400000001-create-cases-schema';
import { CaseWorkflowState1795400000002 } from './1795400000002-case-workflow-state';
import { CaseTimerFirings1795400000005 } from './1795400000005-case-timer-firings';

describe('cases migration 1795400000002: case-workflow state (integration)', () => {
  let db: TestDatabase;
  let client: Client;
  const ids = { assigned: randomUUID(), triage: randomUUID(), monitoring: randomUUID() };
  const mediatorId = randomUUID();
  const openedAt = new Date('2026-03-02T02:00:00Z');
  const assignedAt = new Date('2026-03-02T02:05:00Z');

  beforeAll(async () => {
    db = await createTestDatabase('concord_cases_migration');
    await migrateServiceSchema({ ...casesDatabaseOptions(db.url), migrations: [CreateCasesSchema1795400000001] }, 'up');
    client = new Client({ connectionString: db.url });
    await client.connect();
    await client.query('SET search_path TO cases');
    for (const [id, status] of Object.entries({ [ids.assigned]: 'assigned', [ids.triage]: 'triage', [ids.monitoring]: 'monitoring' })) {
      await client.query(
        `INSERT INTO cases (id, enterprise_id, alert_id, level, status, category, opened_at) VALUES ($1, $2, $3, 'RED', $4, 'pay', $5)`,
        [id, randomUUID(), randomUUID(), status, openedAt],
      );
    }
    await client.query(`INSERT INTO case_assignments (case_id, mediator_id, assigned_at, reason) VALUES ($1, $2, $3, '{}')`, [ids.assigned, mediatorId, assignedAt]);
    await client.query(`INSERT INTO case_transitions (case_id, from_status, to_status, actor) VALUES ($1, 'agreement', 'monitoring', 'system')`, [ids.monitoring]);
  });

  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  /** The schema up to this migration: later ones are checked at the end. */
  const upToState = () => ({ ...casesDatabaseOptions(db.url), migrations: [CreateCasesSchema1795400000001, CaseWorkflowState1795400000002] });
  const stateOf = async (id: string) => caseStateFromJson((await client.query<{ state: unknown }>(`SELECT state FROM cases WHERE id = $1`, [id])).rows[0].state);

  it('backfills every case as openCase would open it, with its stage and active mediators, and renames monitoring', async () => {
    expect(await migrateServiceSchema(upToState(), 'up')).toEqual(['CaseWorkflowState1795400000002']);

    expect(await stateOf(ids.assigned)).toMatchObject({
      caseId: ids.assigned,
      stage: 'assigned',
      jurisdiction: 'CN',
      level: 'RED',
      tier: 'street',
      receivedAt: openedAt,
      assignedAt,
      mediatorIds: [mediatorId],
      acceptedBy: [],
      workerCount: null,
    });
    expect(await stateOf(ids.triage)).toMatchObject({ stage: 'triage', mediatorIds: [], assignedAt: null });
    expect(await stateOf(ids.monitoring)).toMatchObject({ stage: 'performance_monitoring' });
    const { rows } = await client.query<{ to_status: string }>(`SELECT to_status FROM case_transitions WHERE case_id = $1`, [ids.monitoring]);
    expect(rows).toEqual([{ to_status: 'performance_monitoring' }]);
    await expect(client.query(`UPDATE cases SET status = 'monitoring' WHERE id = $1`, [ids.triage])).rejects.toThrow(/cases_status_check/);
    await expect(client.query(`INSERT INTO cases (id, enterprise_id, level, status, category) VALUES ($1, $2, 'RED', 'intake', 'pay')`, [randomUUID(), randomUUID()])).rejects.toThrow(/state/);
  });

  it('reverts to the old stage names and drops the state, and migrates up again', async () => {
    await migrateServiceSchema(upToState(), 'down');
    const { rows } = await client.query<{ status: string }>(`SELECT status FROM cases WHERE id = $1`, [ids.monitoring]);
    expect(rows).toEqual([{ status: 'monitoring' }]);
    await expect(client.query(`SELECT state FROM cases`)).rejects.toThrow(/state/);

    expect(await migrateServiceSchema(upToState(), 'up')).toEqual(['CaseWorkflowState1795400000002']);
    expect(await stateOf(ids.assigned)).toMatchObject({ stage: 'assigned', mediatorIds: [mediatorId] });
  });

  it('then adds the case timer firings (1795400000005), reversibly', async () => {
    const upToTimers = { ...casesDatabaseOptions(db.url), migrations: [CreateCasesSchema1795400000001, CaseWorkflowState1795400000002, CaseTimerFirings1795400000005] };
    expect(await migrateServiceSchema(upToTimers, 'up')).toEqual(['CaseTimerFirings1795400000005']);
    await client.query(`INSERT INTO case_timer_firings (timer_id, case_id, kind, due_at, outcome) VALUES ('t-1', $1, 'acceptance_overdue', now(), 'reassigned')`, [ids.assigned]);
    await expect(client.query(`INSERT INTO case_timer_firings (timer_id, case_id, kind, due_at, outcome) VALUES ('t-1', $1, 'acceptance_overdue', now(), 'x')`, [ids.assigned])).rejects.toThrow(/duplicate key/);
    await migrateServiceSchema(upToTimers, 'down');
    await expect(client.query(`SELECT 1 FROM case_timer_firings`)).rejects.toThrow(/case_timer_firings/);
    expect(await migrateServiceSchema(upToTimers, 'up')).toEqual(['CaseTimerFirings1795400000005']);
  });

  it('then adds hand-opened cases, notes and documents (1795400000006), reversibly, one case per alert still', async () => {
    expect(await migrateServiceSchema(casesDatabaseOptions(db.url), 'up')).toEqual(['CaseNotesDocuments1795400000006']);
    await client.query(`INSERT INTO case_notes (case_id, author, body) VALUES ($1, 'staff', 'called the HR director')`, [ids.assigned]);
    await expect(client.query(`INSERT INTO case_notes (case_id, author, body) VALUES ($1, 'staff', $2)`, [ids.assigned, 'x'.repeat(4001)])).rejects.toThrow(/case_notes_body_check/);
    await expect(
      client.query(`INSERT INTO case_documents (case_id, uploaded_by, file_name, media_type, size_bytes, sha256, content) VALUES ($1, 's', 'a.txt', 'text/plain', 2, $2, 'abc'::bytea)`, [
        ids.assigned,
        'a'.repeat(64),
      ]),
    ).rejects.toThrow(/case_documents_check|content/);
    // Hand-opened cases have no alert; the same alert still cannot hold two cases.
    const state = (await client.query<{ state: unknown }>(`SELECT state FROM cases WHERE id = $1`, [ids.triage])).rows[0].state;
    for (let i = 0; i < 2; i++) {
      await client.query(`INSERT INTO cases (id, enterprise_id, level, status, category, state) VALUES ($1, $2, 'YELLOW', 'intake', 'pay', $3)`, [randomUUID(), randomUUID(), state]);
    }
    const alertId = (await client.query<{ alert_id: string }>(`SELECT alert_id FROM cases WHERE id = $1`, [ids.triage])).rows[0].alert_id;
    await expect(client.query(`INSERT INTO cases (id, enterprise_id, alert_id, level, status, category, state) VALUES ($1, $2, $3, 'RED', 'intake', 'pay', $4)`, [randomUUID(), randomUUID(), alertId, state])).rejects.toThrow(/cases_one_per_alert/);
    await client.query(`DELETE FROM cases WHERE alert_id IS NULL`);

    await migrateServiceSchema(casesDatabaseOptions(db.url), 'down');
    await expect(client.query(`SELECT 1 FROM case_notes`)).rejects.toThrow(/case_notes/);
    await expect(client.query(`SELECT opened_by FROM cases`)).rejects.toThrow(/opened_by/);
    expect(await migrateServiceSchema(casesDatabaseOptions(db.url), 'up')).toEqual(['CaseNotesDocuments1795400000006']);
  });
});
