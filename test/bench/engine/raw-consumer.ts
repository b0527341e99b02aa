/**
 * Child process of engine.bench.ts: runs the raw pipeline's consumer (raw-pipeline.ts) on the given
 * topic and consumer group until SIGTERM, in a process of its own as the engine runs in its own;
 * prints `ready` once subscribed.
 */
import { createKafkaClient } from '@concord/kafka';
import { Client } from 'pg';
import { RawPipeline } from './raw-pipeline';

async function main(): Promise<void> {
  const [topic, groupId] = process.argv.slice(2);
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  const settings = { KAFKA_BROKERS: (process.env.KAFKA_BROKERS ?? '').split(','), KAFKA_TOPIC_PREFIX: '', KAFKA_IDEMPOTENT_PRODUCER: false, KAFKA_CREATE_TOPICS: false };
  const pipeline = await RawPipeline.start(createKafkaClient(settings, 'bench-raw-pipeline'), db, topic, groupId);
  process.once('SIGTERM', () => {
    pipeline
      .stop()
      .then(() => db.end())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`raw consumer failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
