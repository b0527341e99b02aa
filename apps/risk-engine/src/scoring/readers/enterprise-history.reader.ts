import type { HrEventType } from '@concord/contracts';
import { EnterpriseHistory, type HrEventData, type RecordedEvent, isoDayOf } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';

interface EventRow {
  event_id: string;
  type: HrEventType;
  business_time: Date;
  data: HrEventData<HrEventType>;
}

/** Every stored event of one enterprise, as the rules read them. */
export async function readEnterpriseHistory(manager: EntityManager, enterpriseId: string): Promise<EnterpriseHistory> {
  const rows = await manager.query<EventRow[]>(`SELECT event_id, type, business_time, payload->'data' AS data FROM events WHERE enterprise_id = $1`, [enterpriseId]);
  return EnterpriseHistory.of(rows.map(toRecordedEvent));
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  // The row was stored from a validated event of its type, so type and data belong together.
  return { id: row.event_id, type: row.type, day: isoDayOf(row.business_time), data: row.data } as RecordedEvent;
}
