/**
 * `npm run bench:commits`: how fast a consumer that handles its partitions concurrently goes
 * through small batches when it commits each batch's offset as KafkaConsumerServer does
 * (OffsetCommits: one commit request at a time, later commits gathered), against the same
 * consumer committing every batch in a request of its own (what KafkaConsumerServer did before),
 * and against the raw baseline of the same consumer committing nothing; all in the same run, on the
 * same broker and the same messages. The handler does no work, so what is measured is the
 * consumer's round: fetch, the batches, their commits. Started by scripts/bench/commits.sh.
 */
import { randomUUID } from 'node:crypto';
import { type KafkaEnv, loadConfig, kafkaEnv } from '@concord/config';
import { OffsetCommits, createKafkaClient, defaultPartitioner } from '@concord/kafka';
import { percentile } from './system/steady-window';

/** kafkajs stays behind libs/kafka: its types are reached through the client that lib creates. */
type Kafka = ReturnType<typeof createKafkaClient>;
type Consumer = ReturnType<Kafka['consumer']>;

/** Produced batches of 3 messages: about what ingest-api sends per HTTP request. */
const BATCHES = Number(process.env.BENCH_BATCHES ?? 1_500);
const MESSAGES_PER_BATCH = 3;
const PARTITIONS_CONCURRENTLY = 4;

type Mode = 'none' | 'each' | 'gathered';

interface Pass {
  mode: Mode;
  seconds: number;
  batches: number;
  fetches: number;
  commitP90Ms: number | null;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function produce(kafka: Kafka, topic: string): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: defaultPartitioner });
  await producer.connect();
  const value = JSON.stringify({ padding: 'x'.repeat(450) });
  for (let batch = 0; batch < BATCHES; batch++) {
    const key = randomUUID();
    await producer.send({ topic, acks: -1, messages: Array.from({ length: MESSAGES_PER_BATCH }, () => ({ key, value })) });
  }
  await producer.disconnect();
}

async function consumeAll(kafka: Kafka, topic: string, mode: Mode): Promise<Pass> {
  const consumer: Consumer = kafka.consumer({ groupId: `bench-commits-${mode}-${randomUUID()}`, maxWaitTimeInMs: 100 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  const gathered = new OffsetCommits((offsets) => consumer.commitOffsets(offsets));
  const commitMs: number[] = [];
  let fetches = 0;
  let batches = 0;
  let messages = 0;
  consumer.on(consumer.events.FETCH, () => fetches++);
  const started = performance.now();
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  await consumer.run({
    autoCommit: false,
    eachBatchAutoResolve: false,
    partitionsConsumedConcurrently: PARTITIONS_CONCURRENTLY,
    eachBatch: async ({ batch, resolveOffset }) => {
      const last = batch.messages.at(-1);
      if (!last) return;
      resolveOffset(last.offset);
      const offset = { topic, partition: batch.partition, offset: (BigInt(last.offset) + 1n).toString() };
      const commitStarted = performance.now();
      if (mode === 'each') await consumer.commitOffsets([offset]);
      if (mode === 'gathered') await gathered.commit(offset);
      if (mode !== 'none') commitMs.push(performance.now() - commitStarted);
      batches++;
      messages += batch.messages.length;
      if (messages >= BATCHES * MESSAGES_PER_BATCH) finish();
    },
  });
  await done;
  const seconds = (performance.now() - started) / 1000;
  await consumer.disconnect();
  return { mode, seconds, batches, fetches, commitP90Ms: commitMs.length > 0 ? percentile(commitMs, 90) : null };
}

function describe(pass: Pass): string {
  const commits = pass.commitP90Ms === null ? 'no commits' : `commit p90 ${pass.commitP90Ms.toFixed(1)} ms`;
  return `${pass.batches} batches in ${pass.seconds.toFixed(2)} s (${Math.round(pass.batches / pass.seconds)} batches/s, ${pass.fetches} fetches, ${(pass.batches / pass.fetches).toFixed(1)} batches each), ${commits}`;
}

async function main(): Promise<void> {
  const config: KafkaEnv = loadConfig(kafkaEnv);
  const kafka = createKafkaClient(config, 'bench-commits');
  const topic = `${config.KAFKA_TOPIC_PREFIX}commits-${randomUUID()}`;
  say(`commits: ${BATCHES} produced batches of ${MESSAGES_PER_BATCH} messages, consumed ${PARTITIONS_CONCURRENTLY} partitions at a time`);
  await produce(kafka, topic);
  // Interleaved, so a drift of the machine's speed touches every mode alike.
  const passes: Pass[] = [];
  for (const mode of ['none', 'gathered', 'each', 'none', 'gathered', 'each'] as const) {
    const pass = await consumeAll(kafka, topic, mode);
    say(`  ${mode.padEnd(8)} ${describe(pass)}`);
    passes.push(pass);
  }
  const rate = (mode: Mode) => {
    const of = passes.filter((pass) => pass.mode === mode);
    return of.reduce((sum, pass) => sum + pass.batches, 0) / of.reduce((sum, pass) => sum + pass.seconds, 0);
  };
  const gathered = rate('gathered');
  const raw = rate('none');
  const each = rate('each');
  say(`bench:commits batches_per_s=${Math.round(gathered)} raw_batches_per_s=${Math.round(raw)} ratio=${(gathered / raw).toFixed(3)} each_commit_batches_per_s=${Math.round(each)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
