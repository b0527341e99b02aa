import { setTimeout as delay } from 'node:timers/promises';
import { cpuSecondsOf, machineCpu } from '../system/process-usage';
import type { BenchAlert } from './alert-stream';
import type { WebhookReceiver } from './webhook-receiver';

export interface TimedRunSpec {
  /** What is measured, for error messages. */
  side: string;
  alerts: readonly BenchAlert[];
  /** Alerts handed over per call of `send`. */
  chunk: number;
  /** Hands alerts to the side measured (a Kafka produce, a BullMQ addBulk); resolves once accepted. */
  send: (alerts: readonly BenchAlert[]) => Promise<void>;
  receiver: WebhookReceiver;
  /** Throws when the process doing the work is gone, so a crash fails the run at once instead of as a stall. */
  assertAlive: () => void;
  /** The process doing the work (the notifier, the raw worker), whose CPU time the run reports. */
  workerPid: number;
}

export interface TimedRun {
  /** From the first send to the last alert's first webhook. */
  seconds: number;
  /** From the first send to the first webhook: how long the side takes before it delivers at all. */
  firstWebhookMs: number;
  /** Per alert: its first webhook's arrival − the start of the send that carried it. */
  latenciesMs: number[];
  meanBodyBytes: number;
  /** CPU time the working process spent per alert over the run. */
  cpuMsPerAlert: number;
  /** CPU time the whole machine spent per alert over the run (every process: Postgres, Redis, the broker, this one). */
  machineCpuMsPerAlert: number;
}

const POLL_MS = 20;
/** A side that delivers nothing for this long has stopped (or dead-lettered what it was given). */
const STALL_MS = 60_000;
/**
 * Most alerts sent but not yet delivered: the dev broker keeps only some tens of megabytes per
 * topic and drops older messages silently, so a large BENCH_ALERTS waits for the notifier rather
 * than outrun it by more than this.
 */
const MAX_AHEAD = 10_000;

/** Sends every alert in chunks as fast as they are accepted and waits until each has a webhook. */
export async function timedRun({ side, alerts, chunk, send, receiver, assertAlive, workerPid }: TimedRunSpec): Promise<TimedRun> {
  receiver.await(alerts.map((a) => a.alertId));
  const cpuBefore = cpuSecondsOf(workerPid);
  const machineBefore = machineCpu().busySeconds;
  const sentAt = new Map<string, number>();
  const started = performance.now();
  const sending = (async () => {
    for (let start = 0; start < alerts.length; start += chunk) {
      while (start - (alerts.length - receiver.awaitedStillMissing()) > MAX_AHEAD) await delay(POLL_MS);
      const part = alerts.slice(start, start + chunk);
      const at = performance.now();
      for (const alert of part) sentAt.set(alert.alertId, at);
      await send(part);
    }
  })();
  let failed: Error | undefined;
  sending.catch((error: unknown) => (failed = error instanceof Error ? error : new Error(String(error))));

  let receipts = receiver.receipts();
  let missing = receiver.awaitedStillMissing();
  let progressAt = started;
  while (!receipts) {
    if (failed) throw failed;
    assertAlive();
    const now = performance.now();
    if (receiver.awaitedStillMissing() !== missing) {
      missing = receiver.awaitedStillMissing();
      progressAt = now;
    }
    if (now - progressAt > STALL_MS) {
      throw new Error(`${side}: no webhook for ${STALL_MS / 1000} s; ${alerts.length - missing} of ${alerts.length} alerts delivered (receiver: ${JSON.stringify(receiver.snapshot())})`);
    }
    await delay(POLL_MS);
    receipts = receiver.receipts();
  }
  await sending;
  const cpuMsPerAlert = ((cpuSecondsOf(workerPid) - cpuBefore) * 1000) / alerts.length;
  const machineCpuMsPerAlert = ((machineCpu().busySeconds - machineBefore) * 1000) / alerts.length;
  const receivedAt = receipts;
  const latenciesMs = alerts.map((alert) => (receivedAt.get(alert.alertId) ?? Number.NaN) - (sentAt.get(alert.alertId) ?? Number.NaN));
  const firstReceipt = Math.min(...receivedAt.values());
  return { seconds: (receiver.lastReceipt() - started) / 1000, firstWebhookMs: firstReceipt - started, latenciesMs, meanBodyBytes: receiver.meanBodyBytes(), cpuMsPerAlert, machineCpuMsPerAlert };
}
