/**
 * DDL of the inbox and outbox tables every consuming/producing service keeps in its own schema.
 * Frozen: services' initial migrations call these; a change needs a new versioned function.
 */
export const INBOX_OUTBOX_V1_UP = [
  `CREATE TABLE inbox (
     consumer text NOT NULL,
     event_id text NOT NULL,
     processed_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (consumer, event_id))`,
  `CREATE TABLE outbox (
     seq bigserial PRIMARY KEY,
     event_id text NOT NULL,
     topic text NOT NULL,
     message_key text NOT NULL,
     payload jsonb NOT NULL,
     headers jsonb NOT NULL DEFAULT '{}',
     created_at timestamptz NOT NULL DEFAULT now(),
     published_at timestamptz)`,
  `CREATE INDEX outbox_unpublished ON outbox (seq) WHERE published_at IS NULL`,
];

export const INBOX_OUTBOX_V1_DOWN = [`DROP TABLE outbox`, `DROP TABLE inbox`];
