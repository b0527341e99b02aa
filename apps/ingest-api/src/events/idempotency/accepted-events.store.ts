import { Injectable } from '@nestjs/common';
import { preparedStatement, runPrepared, violatedUniqueConstraint } from '@concord/database';
import { DataSource } from 'typeorm';
import type { AcceptedEvent } from './accepted-event.entity';

export type NewAcceptedEvent = Pick<AcceptedEvent, 'eventId' | 'bodySha256'>;

/**
 * The idempotency record of event ids Kafka has acknowledged. Raw SQL over arrays (`unnest`): a
 * batch is one short statement with four parameters whatever its size, and it skips the query
 * builder's per-row parameter work, which dominated the batch endpoint's CPU time. A batch belongs
 * to one enterprise (its key's), sent once rather than once per row: loopback writes to Postgres
 * cost the sender CPU per byte.
 */
@Injectable()
export class AcceptedEventsStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(eventIds: string[]): Promise<Map<string, AcceptedEvent>> {
    if (eventIds.length === 0) return new Map();
    const rows = await runPrepared<AcceptedEvent>(this.dataSource.manager, FIND_ACCEPTED, [eventIds]);
    return new Map(rows.map((row) => [row.eventId, row]));
  }

  /**
   * A plain INSERT: the ids were just looked up and found fresh, and Postgres inserts about twice
   * as fast without ON CONFLICT's speculative insertion. Only when a concurrent request with the
   * same id published too does the insert fail, and then it is retried keeping the first row.
   */
  async record(enterpriseId: string, events: NewAcceptedEvent[], acceptedAt: Date): Promise<void> {
    if (events.length === 0) return;
    const columns = [events.map((e) => e.eventId), events.map((e) => e.bodySha256), enterpriseId, acceptedAt];
    try {
      await runPrepared(this.dataSource.manager, INSERT_ACCEPTED, columns);
    } catch (error) {
      if (!violatedUniqueConstraint(error)) throw error;
      await this.dataSource.query(`${INSERT_ACCEPTED_SQL} ON CONFLICT DO NOTHING`, columns);
    }
  }
}

const INSERT_ACCEPTED_SQL = `INSERT INTO accepted_events (event_id, enterprise_id, body_sha256, accepted_at)
  SELECT event_id, $3::uuid, body_sha256, $4 FROM unnest($1::text[], $2::text[]) AS e(event_id, body_sha256)`;
const INSERT_ACCEPTED = preparedStatement('ingest.insert-accepted', INSERT_ACCEPTED_SQL);
const FIND_ACCEPTED = preparedStatement(
  'ingest.find-accepted',
  `SELECT event_id AS "eventId", enterprise_id AS "enterpriseId", body_sha256 AS "bodySha256", accepted_at AS "acceptedAt"
     FROM accepted_events WHERE event_id = ANY($1::text[])`,
);
