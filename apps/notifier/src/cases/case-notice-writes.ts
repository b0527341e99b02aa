import { jsonRecords } from '@concord/database';
import type { EntityManager } from 'typeorm';
import type { PendingDelivery } from '../deliveries/delivery-jobs';
import type { CaseNoticeKind, CaseRecipientRole } from './case-audience';
import type { CaseNoticeBody } from './case-notice-body';

/** One person's inbox entry for one case event. */
export interface CaseNoticeRow {
  id: string;
  eventId: string;
  caseId: string;
  enterpriseId: string;
  kind: CaseNoticeKind;
  personId: string;
  roles: CaseRecipientRole[];
  title: string;
  body: CaseNoticeBody;
  language: 'zh-CN' | 'en';
}

export interface CaseDeliveryRow {
  caseNoticeId: string;
  personId: string;
  channel: 'email';
  target: string;
}

/**
 * Seats `mediatorIds` on the case (when the event says who is seated) and answers who was seated
 * before, or null when the notifier has seen no seating of the case.
 */
export async function moveSeat(manager: EntityManager, caseId: string, mediatorIds: readonly string[] | null, now: Date): Promise<string[] | null> {
  const [before] = await manager.query<{ mediator_ids: string[] }[]>(`SELECT mediator_ids FROM case_seats WHERE case_id = $1 FOR UPDATE`, [caseId]);
  if (mediatorIds !== null) {
    await manager.query(
      `INSERT INTO case_seats (case_id, mediator_ids, updated_at) VALUES ($1, $2::uuid[], $3)
       ON CONFLICT (case_id) DO UPDATE SET mediator_ids = EXCLUDED.mediator_ids, updated_at = EXCLUDED.updated_at`,
      [caseId, mediatorIds, now],
    );
  }
  return before?.mediator_ids ?? null;
}

/** The ids of the entries written; one already there for the event and person is not. */
export async function insertCaseNotices(manager: EntityManager, rows: readonly CaseNoticeRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const written = await manager.query<{ id: string }[]>(
    `INSERT INTO case_notices (id, event_id, case_id, enterprise_id, kind, person_id, roles, title, body, language)
     SELECT id, "eventId", "caseId", "enterpriseId", kind, "personId", ARRAY(SELECT jsonb_array_elements_text(roles)), title, body, language
       FROM json_to_recordset($1::json)
         AS n(id uuid, "eventId" text, "caseId" uuid, "enterpriseId" uuid, kind text, "personId" uuid, roles jsonb, title text, body jsonb, language text)
     ON CONFLICT ON CONSTRAINT case_notices_once DO NOTHING RETURNING id`,
    [jsonRecords(rows)],
  );
  return new Set(written.map((row) => row.id));
}

/**
 * The case notices' email deliveries, through the same deliveries table and jobs as alerts', answered
 * for their jobs. An entry itself is its person's in-app delivery.
 */
export async function insertCaseDeliveries(manager: EntityManager, rows: readonly CaseDeliveryRow[]): Promise<PendingDelivery[]> {
  if (rows.length === 0) return [];
  return manager.query<PendingDelivery[]>(
    `INSERT INTO deliveries (id, case_notice_id, person_id, channel, target)
     SELECT gen_random_uuid(), * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])
     ON CONFLICT ON CONSTRAINT deliveries_once_per_case_notice DO NOTHING
     RETURNING id, channel, not_before AS "notBefore"`,
    [rows.map((r) => r.caseNoticeId), rows.map((r) => r.personId), rows.map((r) => r.channel), rows.map((r) => r.target)],
  );
}
