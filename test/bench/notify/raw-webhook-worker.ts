/**
 * Child process of notify.bench.ts: runs the raw baseline's BullMQ worker (raw-webhook-queue.ts)
 * until SIGTERM, in a process of its own as the notifier's workers run in the notifier's; prints
 * `ready` once connected. Arguments: Redis URL, BullMQ prefix, concurrency, webhook URL; the
 * signing secret comes from WEBHOOK_SECRET.
 */
import { startRawWebhookWorker } from './raw-webhook-queue';

async function main(): Promise<void> {
  const [redisUrl, prefix, concurrency, webhookUrl] = process.argv.slice(2);
  const webhookSecret = process.env.WEBHOOK_SECRET;
  if (!webhookSecret) throw new Error('WEBHOOK_SECRET is not set');
  const worker = await startRawWebhookWorker({ redisUrl, prefix, concurrency: Number(concurrency), webhookUrl, webhookSecret });
  process.once('SIGTERM', () => {
    worker.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`raw webhook worker failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
