import type { TopicEvent, TopicName } from '@concord/contracts';
import { correlationHeaders } from '@concord/platform';
import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/** Queues events for publication as part of the caller's transaction; keyed by enterprise (subject). */
export async function appendToOutbox<T extends TopicName>(manager: EntityManager, topic: T, events: TopicEvent<T>[]): Promise<void> {
  if (events.length === 0) return;
  const headers = correlationHeaders();
  const rows: Partial<OutboxMessage>[] = events.map((event) => ({
    eventId: event.id,
    topic,
    messageKey: event.subject,
    payload: event,
    headers,
  }));
  // jsonb columns defeat TypeORM's deep-partial typing; the rows are built field by field above.
  await manager.insert(OutboxMessage, rows as never);
}
