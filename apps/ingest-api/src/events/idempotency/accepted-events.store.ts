import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AcceptedEvent } from './accepted-event.entity';

export type NewAcceptedEvent = Omit<AcceptedEvent, 'acceptedAt'>;

/** The idempotency record of event ids Kafka has acknowledged. */
@Injectable()
export class AcceptedEventsStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(eventIds: string[]): Promise<Map<string, AcceptedEvent>> {
    if (eventIds.length === 0) return new Map();
    const rows = await this.dataSource.getRepository(AcceptedEvent).findBy({ eventId: In(eventIds) });
    return new Map(rows.map((row) => [row.eventId, row]));
  }

  /**
   * One statement for a whole batch (1,000 rows × 3 parameters stays far below Postgres's 65,535).
   * ON CONFLICT DO NOTHING: a concurrent request with the same id published too; the first row wins.
   */
  async record(events: NewAcceptedEvent[], acceptedAt: Date): Promise<void> {
    if (events.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AcceptedEvent)
      .values(events.map((e) => ({ ...e, acceptedAt })))
      .orIgnore()
      .execute();
  }
}
