import { setTimeout as delay } from 'node:timers/promises';
import type { NotifierQueues } from '../notify/notifier-queues';
import type { ConsumerOffsets } from './consumer-offsets';
import type { WebhookReceipts } from './webhook-receipts';

const POLL_MS = 500;
/** No new webhook for this long, with every queue idle, means the notifier has told everything due. */
const QUIET_MS = 2_000;
/** A system that commits and sends nothing for this long has stopped (or is retrying a poisoned batch). */
const STALL_MS = 60_000;

/**
 * Waits, after the clients stopped, until the system has done all it was given: every consumer
 * group has committed every message of its topics, the notifier's queues hold nothing waiting or
 * active, and no webhook has arrived for a moment. Returns when that was (Date.now()).
 */
export async function drain(offsets: ConsumerOffsets, notifierQueues: NotifierQueues, webhooks: WebhookReceipts): Promise<number> {
  let progress = { done: -1, at: Date.now() };
  for (;;) {
    const { positions } = await offsets.sample();
    const done = Object.values(positions).reduce((n, p) => n + p.committed, 0) + webhooks.receipts.length;
    if (done !== progress.done) progress = { done, at: Date.now() };
    const behind = Object.entries(positions).filter(([, p]) => p.committed < p.end);
    const received = webhooks.receipts.length;
    if (behind.length === 0 && Date.now() - (webhooks.receipts.at(-1)?.at ?? 0) > QUIET_MS) {
      await notifierQueues.waitUntilIdle();
      if (webhooks.receipts.length === received) return Date.now();
      continue;
    }
    if (Date.now() - progress.at > STALL_MS) {
      throw new Error(`nothing handled for ${STALL_MS / 1000} s: ${behind.map(([label, p]) => `${label} ${p.end - p.committed} behind`).join(', ')}`);
    }
    await delay(POLL_MS);
  }
}
