import { setTimeout as delay } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { TOPICS, type TopicName, deadLetterTopic, parseTopicEvent } from '@concord/contracts';
import type { KafkaEnv } from '@concord/config';
import { CORRELATION_HEADER, consumedMessages, consumerLag, handlerDuration, runWithCorrelation } from '@concord/platform';
import { type Consumer, type EachBatchPayload, type Kafka, type KafkaMessage, Partitioners, type Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { createKafkaClient } from '../client/kafka-client';
import { TopicNamer } from '../client/topic-namer';
import { ConsumedMessageContext } from './consumed-message.context';
import { FetchGroup } from './fetch-group';
import { OffsetCommits } from './offset-commits';
import { PermanentFailure } from './permanent-failure';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from './retry-policy';

export interface KafkaConsumerOptions {
  kafka: KafkaEnv;
  clientId: string;
  groupId: string;
  retry?: RetryPolicy;
  /**
   * Batches of this many partitions handled at once (kafkajs partitionsConsumedConcurrently),
   * for a handler whose work on one partition never waits on another's; 1 by default.
   */
  partitionsConcurrently?: number;
  /**
   * For batch handlers with `partitionsConcurrently` > 1: the small batches of partitions handed
   * over together go to the handler in one call (see FetchGroup), tried once; if that fails, each
   * partition's batch is handled on its own as usual.
   */
  combinePartitionBatches?: boolean;
}

const KNOWN_TOPICS = new Set<string>(Object.values(TOPICS));
const CONSUMER_MAX_WAIT_MS = 100;
/** What a crashed member's partitions wait before the group moves them (KAFKA_SESSION_TIMEOUT_MS). */
const DEFAULT_SESSION_TIMEOUT_MS = 10_000;
/** kafkajs's default; well inside the shortest session timeout the config allows (6 s). */
const HEARTBEAT_INTERVAL_MS = 3_000;
/** How long a combined call waits for the other partitions' batches of the same fetch (they start within a few ticks). */
const FETCH_GROUP_WINDOW_MS = 2;
/**
 * Only batches smaller than this are combined: their transaction's fixed cost outweighs their
 * events. Larger ones go alone and concurrently, as one call would serialise work that overlaps
 * (bench:engine's 500-event batches, interleaved: ratios 0.118–0.129 combined against 0.153–0.167
 * alone).
 */
const COMBINE_BATCHES_BELOW = 50;

/** The correlation id the producer sent with a message, if any. */
function correlationOf(message: KafkaMessage): string | undefined {
  return message.headers?.[CORRELATION_HEADER]?.toString();
}

/** `@EventPattern(topic, BATCH_HANDLER)`: the handler takes every valid event of a fetched batch at once. */
export const BATCH_HANDLER = Object.freeze({ batch: true });

interface ValidMessage {
  partition: number;
  message: KafkaMessage;
  event: unknown;
}

/**
 * Nest transport for `@EventPattern(TOPICS.x)` handlers on kafkajs. Per message: validate against
 * the topic's contracts (invalid → `<topic>.dlq` at once), run the handler in the message's
 * correlation context, retry failures with backoff (then dead-letter), and commit the offset only
 * after the handler — and so its database transaction — has finished. Handlers must therefore be
 * idempotent; they deduplicate on the event id through the inbox.
 *
 * A batch handler (`BATCH_HANDLER`) gets all valid events of a fetched batch in one call, so it can
 * do one transaction per batch; a batch that keeps failing is retried event by event, so one poison
 * event is dead-lettered alone.
 */
export class KafkaConsumerServer extends Server implements CustomTransportStrategy {
  private readonly kafkaClient: Kafka;
  private readonly namer: TopicNamer;
  private readonly retry: RetryPolicy;
  private readonly log = new Logger('KafkaConsumer');
  private consumer?: Consumer;
  private deadLetters?: Producer;
  private readonly fetchGroups = new Map<TopicName, FetchGroup<ValidMessage>>();
  private readonly offsetCommits = new OffsetCommits(async (offsets) => {
    await this.consumer?.commitOffsets(offsets);
  });

  constructor(private readonly options: KafkaConsumerOptions) {
    super();
    this.kafkaClient = createKafkaClient(options.kafka, options.clientId);
    this.namer = new TopicNamer(options.kafka.KAFKA_TOPIC_PREFIX);
    this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
  }

  listen(callback: (error?: unknown) => void): void {
    this.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    await this.consumer?.disconnect();
    await this.deadLetters?.disconnect();
  }

  on(): never {
    throw new Error('KafkaConsumerServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.kafkaClient as T;
  }

  private async start(): Promise<void> {
    const topics = [...this.messageHandlers.keys()];
    const unknown = topics.filter((t) => !KNOWN_TOPICS.has(t));
    if (unknown.length) throw new Error(`@EventPattern on unknown topic(s): ${unknown.join(', ')}; use TOPICS from @concord/contracts`);
    this.deadLetters = this.kafkaClient.producer({
      idempotent: this.options.kafka.KAFKA_IDEMPOTENT_PRODUCER,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.deadLetters.connect();
    this.consumer = this.kafkaClient.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.kafka.KAFKA_SESSION_TIMEOUT_MS ?? DEFAULT_SESSION_TIMEOUT_MS,
      heartbeatInterval: HEARTBEAT_INTERVAL_MS,
      allowAutoTopicCreation: !this.options.kafka.KAFKA_CREATE_TOPICS,
      // A fetch returns as soon as data is there on Kafka; some brokers (the dev mock) hold it
      // for the whole wait, so keep the wait short: every hop's latency depends on it.
      maxWaitTimeInMs: CONSUMER_MAX_WAIT_MS,
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: topics.map((t) => this.namer.physical(t)), fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConcurrently ?? 1,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
    this.log.log({ topics, groupId: this.options.groupId }, 'consuming');
  }

  private async consumeBatch(payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    const heartbeat = () => payload.heartbeat();
    const logical = this.namer.logical(batch.topic);
    consumerLag.set({ topic: logical, partition: String(batch.partition) }, Number(batch.offsetLag()));
    const handler = this.messageHandlers.get(logical);
    if (handler?.extras?.batch) {
      await this.processBatch(logical, batch.partition, batch.messages, heartbeat);
    } else {
      for (const message of batch.messages) {
        if (!payload.isRunning() || payload.isStale()) return;
        await runWithCorrelation(correlationOf(message), () => this.process(logical, batch.partition, message, heartbeat));
        await this.commit(payload, message);
      }
      return;
    }
    const last = batch.messages.at(-1);
    if (last) await this.commit(payload, last);
  }

  private async commit(payload: EachBatchPayload, message: KafkaMessage): Promise<void> {
    payload.resolveOffset(message.offset);
    await this.offsetCommits.commit({ topic: payload.batch.topic, partition: payload.batch.partition, offset: (BigInt(message.offset) + 1n).toString() });
  }

  private async processBatch(topic: TopicName, partition: number, messages: KafkaMessage[], heartbeat: () => Promise<void>): Promise<void> {
    const valid: ValidMessage[] = [];
    for (const message of messages) {
      const checked = await this.validate(topic, message);
      if (checked !== undefined) valid.push({ partition, message, event: checked });
    }
    if (valid.length === 0) return;
    if (await this.handledWithOtherPartitions(topic, valid)) return;
    const first = valid[0].message;
    const failure = await runWithCorrelation(correlationOf(first), () => this.tryHandle(topic, partition, first.offset, valid.map((item) => item.event), heartbeat));
    if (failure === null) return;
    // The batch as a whole keeps failing: find the culprit by handling each event alone.
    for (const single of valid) {
      const singleFailure = await runWithCorrelation(correlationOf(single.message), () => this.tryHandle(topic, partition, single.message.offset, [single.event], heartbeat));
      if (singleFailure !== null) await this.deadLetter(topic, single.message, singleFailure);
    }
  }

  /** True when the (small) batch was handled in one call with the other partitions' batches of its fetch. */
  private handledWithOtherPartitions(topic: TopicName, valid: ValidMessage[]): Promise<boolean> {
    if (!this.options.combinePartitionBatches || valid.length >= COMBINE_BATCHES_BELOW) return Promise.resolve(false);
    let group = this.fetchGroups.get(topic);
    if (!group) {
      group = new FetchGroup((items) => this.tryCombined(topic, items), FETCH_GROUP_WINDOW_MS);
      this.fetchGroups.set(topic, group);
    }
    return group.join(valid);
  }

  private async tryCombined(topic: TopicName, items: ValidMessage[]): Promise<boolean> {
    const [first] = items;
    // One attempt, so nothing waits and heartbeats: a failure falls back to each batch alone, with retries.
    const failure = await runWithCorrelation(correlationOf(first.message), () => this.tryHandle(topic, first.partition, first.message.offset, items.map((item) => item.event), async () => {}, 1));
    if (failure !== null) this.log.warn({ topic, events: items.length, reason: failure }, 'combined partition batches failed; handling each alone');
    return failure === null;
  }

  /**
   * Runs the topic's handler on `payload` (an event, or a batch handler's array of events) with
   * retries and backoff; null when it succeeded, else why it gave up.
   */
  private async tryHandle(topic: TopicName, partition: number, offset: string, payload: unknown, heartbeat: () => Promise<void>, maxAttempts = this.retry.maxAttempts): Promise<string | null> {
    const handler = this.messageHandlers.get(topic);
    if (!handler) return null;
    const timer = handlerDuration.startTimer({ topic });
    for (let attempt = 1; ; attempt++) {
      try {
        const context = new ConsumedMessageContext([topic, partition, offset, attempt]);
        await lastValueFrom(this.transformToObservable(await handler(payload, context)), { defaultValue: undefined });
        timer();
        consumedMessages.inc({ topic, outcome: 'handled' }, Array.isArray(payload) ? payload.length : 1);
        return null;
      } catch (error) {
        const reason = errorMessage(error);
        if (error instanceof PermanentFailure || attempt >= maxAttempts) {
          timer();
          return `handler failed after ${attempt} attempt(s): ${reason}`;
        }
        this.log.warn({ topic, offset, attempt, reason }, 'handler failed; retrying');
        await waitHeartbeating(retryDelayMs(this.retry, attempt), heartbeat);
      }
    }
  }

  /** The message's event when it is JSON matching its topic's contracts; dead-letters it otherwise. */
  private async validate(topic: TopicName, message: KafkaMessage): Promise<unknown> {
    let raw: unknown;
    try {
      raw = JSON.parse(message.value?.toString() ?? '');
    } catch {
      await this.deadLetter(topic, message, 'payload is not JSON');
      return undefined;
    }
    const parsed = parseTopicEvent(topic, raw);
    if (!parsed.ok) {
      await this.deadLetter(topic, message, `contract violation: ${parsed.violations.map((v) => `${v.path}: ${v.message}`).join('; ')}`);
      return undefined;
    }
    return parsed.event;
  }

  private async process(topic: TopicName, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>): Promise<void> {
    const event = await this.validate(topic, message);
    if (event === undefined) return;
    const failure = await this.tryHandle(topic, partition, message.offset, event, heartbeat);
    if (failure !== null) await this.deadLetter(topic, message, failure);
  }

  private async deadLetter(topic: TopicName, message: KafkaMessage, reason: string): Promise<void> {
    this.log.error({ topic, offset: message.offset, reason }, 'dead-lettering message');
    consumedMessages.inc({ topic, outcome: 'dead_lettered' });
    const headers: Record<string, string> = { 'x-dlq-reason': reason.slice(0, 2000), 'x-dlq-source-offset': message.offset };
    for (const [key, value] of Object.entries(message.headers ?? {})) {
      if (value !== undefined) headers[key] = value.toString();
    }
    await this.deadLetters?.send({
      topic: this.namer.physical(deadLetterTopic(topic)),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
  }
}

/** Waits out a retry backoff (up to 15 s) while heartbeating, so the group does not take this member's partitions meanwhile. */
async function waitHeartbeating(ms: number, heartbeat: () => Promise<void>): Promise<void> {
  for (let left = ms; left > 0; left -= HEARTBEAT_INTERVAL_MS) {
    await delay(Math.min(left, HEARTBEAT_INTERVAL_MS));
    await heartbeat();
  }
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error && 'message' in error) return String(error.message);
  return String(error);
}
