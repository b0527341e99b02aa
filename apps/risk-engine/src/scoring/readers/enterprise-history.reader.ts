import { preparedStatement, runPrepared } from '@concord/database';
import { EnterpriseHistory, type HrEventData, type RecordedEvent, type RiskEventType, isoDayOf } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';

interface EventRow {
  enterprise_id: string;
  event_id: string;
  type: RiskEventType;
  business_time: Date;
  data: HrEventData<RiskEventType>;
}

const HISTORIES = preparedStatement(
  'risk.histories',
  `SELECT enterprise_id, event_id, type, business_time, payload->'data' AS data FROM events WHERE enterprise_id = ANY($1::uuid[])`,
);

/** Every stored event of each enterprise, as the rules read them: one query for all of them. */
export async function readEnterpriseHistories(manager: EntityManager, enterpriseIds: readonly string[]): Promise<Map<string, EnterpriseHistory>> {
  const rows = await runPrepared<EventRow>(manager, HISTORIES, [enterpriseIds]);
  const byEnterprise = new Map<string, RecordedEvent[]>(enterpriseIds.map((id) => [id, []]));
  for (const row of rows) byEnterprise.get(row.enterprise_id)?.push(toRecordedEvent(row));
  return new Map([...byEnterprise].map(([id, events]) => [id, EnterpriseHistory.of(events)]));
}

export async function readEnterpriseHistory(manager: EntityManager, enterpriseId: string): Promise<EnterpriseHistory> {
  return (await readEnterpriseHistories(manager, [enterpriseId])).get(enterpriseId) as EnterpriseHistory;
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  // The row was stored from a validated event of its type, so type and data belong together.
  return { id: row.event_id, type: row.type, day: isoDayOf(row.business_time), data: row.data } as RecordedEvent;
}
