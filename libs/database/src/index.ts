export * from './postgres-options';
export * from './migrate';
export * from './database.module';
export * from './inbox/inbox';
export * from './outbox/outbox-message.entity';
export * from './outbox/append-to-outbox';
export * from './inbox-outbox.sql';
export * from './migration-commands';
