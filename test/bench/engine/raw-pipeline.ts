import type { createKafkaClient } from '@concord/kafka';
import type { Client } from 'pg';

/** Rows per INSERT: the size ENVIRONMENT.md's 50,000 rows/s ceiling was measured with. */
const INSERT_ROWS = 500;
const SCHEMA = 'bench_raw';

type Kafka = ReturnType<typeof createKafkaClient>;

interface Envelope {
  id: string;
  subject: string;
  type: string;
  time: string;
}

/**
 * The baseline the engine is compared with: what storing the same events and keeping a
 * per-enterprise figure costs with nothing but the client libraries. A kafkajs consumer with
 * eachBatch → 500-row `INSERT … ON CONFLICT DO NOTHING` (the engine's events table shape and
 * index) → one counter upsert per batch for the rows actually inserted, in one transaction →
 * commit offsets. No contract validation, no history, no scoring. The consumer runs in a process of
 * its own (raw-consumer.ts), as the engine does; the bench uses the table helpers.
 */
export class RawPipeline {
  private constructor(private readonly consumer: ReturnType<Kafka['consumer']>) {}

  static async createTables(db: Client): Promise<void> {
    await db.query(`CREATE SCHEMA ${SCHEMA}`);
    await db.query(`CREATE TABLE ${SCHEMA}.events (
      event_id text PRIMARY KEY,
      enterprise_id uuid NOT NULL,
      type text NOT NULL,
      business_time timestamptz NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now(),
      payload jsonb NOT NULL)`);
    await db.query(`CREATE INDEX ON ${SCHEMA}.events (enterprise_id, business_time)`);
    await db.query(`CREATE TABLE ${SCHEMA}.enterprise_counts (enterprise_id uuid PRIMARY KEY, n bigint NOT NULL)`);
  }

  static async truncate(db: Client): Promise<void> {
    await db.query(`TRUNCATE ${SCHEMA}.events, ${SCHEMA}.enterprise_counts`);
  }

  static async counts(db: Client): Promise<{ events: number; enterprises: number }> {
    const [row] = (
      await db.query<{ events: string; enterprises: string }>(
        `SELECT (SELECT count(*) FROM ${SCHEMA}.events) AS events, (SELECT count(*) FROM ${SCHEMA}.enterprise_counts) AS enterprises`,
      )
    ).rows;
    return { events: Number(row.events), enterprises: Number(row.enterprises) };
  }

  /** Subscribes with the engine's consumer settings (100 ms fetch wait, from the beginning). */
  static async start(kafka: Kafka, db: Client, topic: string, groupId: string): Promise<RawPipeline> {
    const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 100 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async ({ batch, heartbeat }) => {
        if (batch.messages.length === 0) return;
        await store(db, batch.messages.map((m) => m.value?.toString() ?? ''));
        await consumer.commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(batch.lastOffset()) + 1n).toString() }]);
        await heartbeat();
      },
    });
    return new RawPipeline(consumer);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}

async function store(db: Client, values: string[]): Promise<void> {
  const inserted = new Map<string, number>();
  await db.query('BEGIN');
  try {
    for (let start = 0; start < values.length; start += INSERT_ROWS) {
      const chunk = values.slice(start, start + INSERT_ROWS);
      const params: unknown[] = [];
      const tuples = chunk.map((value, i) => {
        const event = JSON.parse(value) as Envelope;
        params.push(event.id, event.subject, event.type, event.time, value);
        const p = i * 5;
        return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}::jsonb)`;
      });
      const { rows } = await db.query<{ enterprise_id: string }>(
        `INSERT INTO ${SCHEMA}.events (event_id, enterprise_id, type, business_time, payload) VALUES ${tuples.join(', ')}
         ON CONFLICT (event_id) DO NOTHING RETURNING enterprise_id`,
        params,
      );
      for (const { enterprise_id: id } of rows) inserted.set(id, (inserted.get(id) ?? 0) + 1);
    }
    if (inserted.size > 0) {
      await db.query(
        `INSERT INTO ${SCHEMA}.enterprise_counts AS t (enterprise_id, n) SELECT * FROM unnest($1::uuid[], $2::bigint[])
         ON CONFLICT (enterprise_id) DO UPDATE SET n = t.n + excluded.n`,
        [[...inserted.keys()], [...inserted.values()]],
      );
    }
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}
