import { OutboxMessage, type ServiceDatabaseOptions } from '@concord/database';
import { DeliveryAttempt } from './deliveries/delivery-attempt.entity';
import { Delivery } from './deliveries/delivery.entity';
import { NOTIFY_MIGRATIONS } from './migrations';
import { Notification } from './notifications/notification.entity';

export const NOTIFY_SCHEMA = 'notify';

/**
 * The notify schema's data source options, shared by `serve` and `migrate`.
 */
export function notifyDatabaseOptions(databaseUrl: string): ServiceDatabaseOptions {
  return {
    url: databaseUrl,
    schema: NOTIFY_SCHEMA,
    // OutboxMessage is registered for the shared table's sake; the notifier publishes nothing yet.
    entities: [Notification, Delivery, DeliveryAttempt, OutboxMessage],
    migrations: NOTIFY_MIGRATIONS,
  };
}
