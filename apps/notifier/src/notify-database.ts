import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { DeliveryAttempt } from './deliveries/delivery-attempt.entity';
import { Delivery } from './deliveries/delivery.entity';
import { NOTIFY_MIGRATIONS } from './migrations';
import { Notification } from './notifications/notification.entity';

export const NOTIFY_SCHEMA = 'notify';

/**
 * The notify schema's data source options, shared by `serve` and `migrate`.
 *
 * The connection's search_path is pinned to the schema: the shared inbox/outbox SQL
 * (INBOX_OUTBOX_V1_UP, claimEvent) names its tables without a schema, and TypeORM's `schema`
 * option qualifies only entity queries, so without this those statements would run in `public`.
 */
export function notifyDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: withSearchPath(databaseUrl, NOTIFY_SCHEMA),
    schema: NOTIFY_SCHEMA,
    // OutboxMessage is registered for the shared table's sake; the notifier publishes nothing yet.
    entities: [Notification, Delivery, DeliveryAttempt, OutboxMessage],
    migrations: NOTIFY_MIGRATIONS,
  };
}

function withSearchPath(databaseUrl: string, schema: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
