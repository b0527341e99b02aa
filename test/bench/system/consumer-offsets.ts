import { setTimeout as delay } from 'node:timers/promises';
import type { TopicName } from '@concord/contracts';
import { type Kafka, serviceTopic } from './bench-kafka';

/** A consumer group of a service on one of its topics. */
export interface Subscription {
  label: string;
  groupId: string;
  topic: TopicName;
}

/** Messages on the topic and messages the group has committed (handled), summed over partitions. */
export interface GroupPosition {
  end: number;
  committed: number;
}

export interface OffsetSample {
  at: number;
  positions: Record<string, GroupPosition>;
}

const SAMPLE_MS = 1_000;

/**
 * Samples, once a second, every subscription's end offsets and committed offsets through the
 * kafkajs admin client. The services commit a batch's offsets only after its transaction, so the
 * committed count is what they have handled, and end − committed is their consumer lag: exact,
 * and current even while a consumer fetches nothing (the services' own lag gauge is as of their
 * last fetch).
 */
export class ConsumerOffsets {
  readonly samples: OffsetSample[] = [];
  private running = true;
  private readonly loop: Promise<void>;

  private constructor(
    private readonly admin: ReturnType<Kafka['admin']>,
    private readonly subscriptions: readonly Subscription[],
  ) {
    this.loop = this.sampleEverySecond();
  }

  static async start(kafka: Kafka, subscriptions: readonly Subscription[]): Promise<ConsumerOffsets> {
    const admin = kafka.admin();
    await admin.connect();
    const offsets = new ConsumerOffsets(admin, subscriptions);
    await offsets.sample();
    return offsets;
  }

  latest(): OffsetSample {
    const last = this.samples.at(-1);
    if (!last) throw new Error('no offsets sampled yet');
    return last;
  }

  /** Takes a sample now (also appended to `samples`). */
  async sample(): Promise<OffsetSample> {
    const positions: Record<string, GroupPosition> = {};
    for (const { label, groupId, topic } of this.subscriptions) positions[label] = await this.position(groupId, serviceTopic(topic));
    const sample = { at: Date.now(), positions };
    this.samples.push(sample);
    return sample;
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.admin.disconnect();
  }

  private async sampleEverySecond(): Promise<void> {
    while (this.running) {
      await delay(SAMPLE_MS);
      if (this.running) await this.sample();
    }
  }

  private async position(groupId: string, topic: string): Promise<GroupPosition> {
    // A topic nobody has produced to yet does not exist on the broker: nothing to consume.
    const ends = await this.admin.fetchTopicOffsets(topic).catch(() => []);
    if (ends.length === 0) return { end: 0, committed: 0 };
    const [committed] = await this.admin.fetchOffsets({ groupId, topics: [topic] });
    const end = ends.reduce((n, p) => n + Number(p.high), 0);
    // -1: the group has committed nothing on that partition yet.
    const done = (committed?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
    return { end, committed: done };
  }
}
