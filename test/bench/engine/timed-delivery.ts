import { setTimeout as delay } from 'node:timers/promises';
import type { createKafkaClient } from '@concord/kafka';
import type { ProducedEvent } from './hr-event-stream';

type Producer = ReturnType<ReturnType<typeof createKafkaClient>['producer']>;

export interface Counts {
  events: number;
  enterprises: number;
}

export interface DeliverySpec {
  producer: Producer;
  topic: string;
  events: readonly ProducedEvent[];
  /** How many distinct enterprises the events name. */
  enterprises: number;
  /** Events per produce request (one key-partitioned batch, acks=all). */
  produceBatch: number;
  /** Rows stored so far (events, enterprises with a row); the targets are these plus the delivery. */
  counts: () => Promise<Counts>;
}

const POLL_MS = 100;
/**
 * Most events produced but not yet stored: the dev broker keeps only about 34,000 600-byte events
 * per 4-partition topic and drops older ones silently, so production waits for the consumer
 * rather than outrun it by more than this.
 */
const MAX_AHEAD = 16_000;
/** A consumer that stores nothing for this long has stopped (or dead-lettered what it was given). */
const STALL_MS = 60_000;

/**
 * Seconds from the first produce until every event is stored and every enterprise has its row,
 * as seen by polling Postgres every 100 ms while producing.
 */
export async function timedDelivery({ producer, topic, events, enterprises, produceBatch, counts }: DeliverySpec): Promise<number> {
  const base = await counts();
  const target = { events: base.events + events.length, enterprises: base.enterprises + enterprises };
  let latest = base;
  let produced = 0;
  const started = performance.now();
  const production = (async () => {
    for (let start = 0; start < events.length; start += produceBatch) {
      while (produced - (latest.events - base.events) > MAX_AHEAD) await delay(POLL_MS);
      const messages = events.slice(start, start + produceBatch).map((e) => ({ key: e.subject, value: e.value }));
      await producer.send({ topic, acks: -1, messages });
      produced += messages.length;
    }
  })();
  let failed: Error | undefined;
  production.catch((error: unknown) => (failed = error instanceof Error ? error : new Error(String(error))));
  let progressAt = started;
  for (;;) {
    const previous = latest;
    latest = await counts();
    if (latest.events >= target.events && latest.enterprises >= target.enterprises) break;
    if (failed) throw failed;
    const now = performance.now();
    if (latest.events !== previous.events || latest.enterprises !== previous.enterprises) progressAt = now;
    if (now - progressAt > STALL_MS) {
      throw new Error(`${topic}: nothing stored for ${STALL_MS / 1000} s; ${latest.events - base.events} of ${events.length} events and ${latest.enterprises - base.enterprises} of ${enterprises} enterprises stored`);
    }
    await delay(POLL_MS);
  }
  const seconds = (performance.now() - started) / 1000;
  await production;
  return seconds;
}
