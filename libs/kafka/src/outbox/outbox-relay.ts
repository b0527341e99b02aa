import { setTimeout as delay } from 'node:timers/promises';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { TopicName } from '@concord/contracts';
import { preparedStatement, runPrepared } from '@concord/database';
import { CORRELATION_HEADER, runWithCorrelation } from '@concord/platform';
import { DataSource } from 'typeorm';
import { EventPublisher } from '../publishing/event-publisher';

interface PendingRow {
  seq: string;
  topic: TopicName;
  message_key: string;
  payload: unknown;
  headers: Record<string, string>;
}

const BATCH_SIZE = 500;
const IDLE_POLL_MS = 250;
const ERROR_BACKOFF_MS = 1_000;
const RETAIN_PUBLISHED = '7 days';

// Polled every IDLE_POLL_MS by every service with an outbox, and after each of its commits that wrote to it.
const TRY_LOCK = preparedStatement('outbox.try-lock', `SELECT pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox')) AS locked`);
const PENDING = preparedStatement('outbox.pending', `SELECT seq, topic, message_key, payload, headers FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT $1`);

/**
 * Relays outbox rows to Kafka in commit order. One relay per schema is active at a time (an
 * advisory lock), which keeps each enterprise's events in order even with several instances.
 * A row is marked published only after Kafka acknowledged it, so a crash re-sends (at least
 * once) but never skips; consumers deduplicate by event id.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Called after a transaction that wrote to the outbox commits, to relay without waiting for the poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Publishes one batch; returns how many rows it relayed. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await runPrepared<{ locked: boolean }>(manager, TRY_LOCK, []);
      if (!locked) return 0;
      const rows = await runPrepared<PendingRow>(manager, PENDING, [BATCH_SIZE]);
      for (const run of consecutiveRunsByTopic(rows)) {
        await runWithCorrelation(run[0].headers[CORRELATION_HEADER], () =>
          this.publisher.sendRaw(
            run[0].topic,
            run.map((row) => ({ key: row.message_key, value: JSON.stringify(row.payload), headers: row.headers })),
          ),
        );
      }
      if (rows.length) await manager.query(`UPDATE outbox SET published_at = now() WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    let lastPurge = 0;
    while (this.running) {
      try {
        const relayed = await this.relayBatch();
        if (Date.now() - lastPurge > 3_600_000) {
          await this.dataSource.query(`DELETE FROM outbox WHERE published_at < now() - interval '${RETAIN_PUBLISHED}'`);
          lastPurge = Date.now();
        }
        if (relayed < BATCH_SIZE) await this.idle(IDLE_POLL_MS);
      } catch (error) {
        this.log.warn({ err: error }, 'outbox relay failed; will retry');
        await this.idle(ERROR_BACKOFF_MS);
      }
    }
  }

  private async idle(ms: number): Promise<void> {
    const abort = new AbortController();
    this.wake = () => abort.abort();
    await delay(ms, undefined, { signal: abort.signal }).catch(() => undefined);
    this.wake = undefined;
  }
}

/** Splits rows into runs of the same topic, keeping their order, so each run is one Kafka send. */
export function consecutiveRunsByTopic<T extends { topic: string }>(rows: T[]): T[][] {
  const runs: T[][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0].topic === row.topic) last.push(row);
    else runs.push([row]);
  }
  return runs;
}
