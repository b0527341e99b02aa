import { randomUUID } from 'node:crypto';
import { Controller, type INestApplication, Module } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { TOPICS, type TopicEvent, deadLetterTopic } from '@concord/contracts';
import { PlatformModule, startService } from '@concord/platform';
import { testKafkaEnv, uniqueName, waitFor, wagePaymentEvent } from '@concord/testing';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { BATCH_HANDLER, KafkaConsumerServer } from './kafka-consumer.server';
import { PermanentFailure } from './permanent-failure';

type HrEvent = TopicEvent<'hr.events'>;

const POISON = `evt-poison-${randomUUID()}`;
/** Every call the handler got (its events' ids), and the ids it handled. */
const calls: string[][] = [];
const handled: string[] = [];

@Controller()
class RecordingConsumer {
  @EventPattern(TOPICS.hrEvents, BATCH_HANDLER)
  handle(@Payload() events: HrEvent[]): void {
    const ids = events.map((event) => event.id);
    calls.push(ids);
    if (ids.includes(POISON)) throw new PermanentFailure('this event can never be handled');
    handled.push(...ids);
  }
}

@Module({})
class RecordingModule {}

function wageEvent(enterpriseId: string, id: string): HrEvent {
  return wagePaymentEvent({ enterpriseId, id, headcount: 100, workersUnpaid: 0, daysLate: 0 });
}

describe('KafkaConsumerServer with combined partition batches (integration)', () => {
  const kafka = testKafkaEnv(uniqueName('combined'));
  let app: INestApplication;
  let raw: Kafka;
  let producer: Producer;
  let deadLetters: Consumer;
  const deadLettered: string[] = [];

  beforeAll(async () => {
    const server = new KafkaConsumerServer({ kafka, clientId: 'combined-batches-int-spec', groupId: uniqueName('combined'), partitionsConcurrently: 4, combinePartitionBatches: true });
    raw = server.unwrap<Kafka>();
    producer = raw.producer();
    await producer.connect();
    const rootModule = { module: RecordingModule, imports: [PlatformModule.forRoot({ service: 'combined-batches-int-spec', logLevel: 'silent' })], controllers: [RecordingConsumer] };
    app = await startService({ rootModule, port: 0, consumer: server });
    deadLetters = raw.consumer({ groupId: uniqueName('combined-dlq') });
    await deadLetters.connect();
    await deadLetters.subscribe({ topics: [`${kafka.KAFKA_TOPIC_PREFIX}${deadLetterTopic(TOPICS.hrEvents)}`], fromBeginning: true });
    await deadLetters.run({ eachMessage: ({ message }) => Promise.resolve(void deadLettered.push((JSON.parse(message.value?.toString() ?? '{}') as { id: string }).id)) });
  });

  afterAll(async () => {
    await deadLetters?.disconnect();
    await producer?.disconnect();
    await app?.close();
  });

  /** One produce request per enterprise, as ingest-api sends an HTTP batch: the enterprises spread over the topic's partitions. */
  async function produce(events: HrEvent[]): Promise<void> {
    await Promise.all(
      events.map((event) => producer.send({ topic: `${kafka.KAFKA_TOPIC_PREFIX}${TOPICS.hrEvents}`, acks: -1, messages: [{ key: event.subject, value: JSON.stringify(event) }] })),
    );
  }

  it('hands batches of several partitions to one call, and every event to the handler once', async () => {
    const events = Array.from({ length: 40 }, () => wageEvent(randomUUID(), `evt-${randomUUID()}`));
    await produce(events);
    await waitFor('every event handled', () => events.every((event) => handled.includes(event.id)), { timeoutMs: 30_000 });

    expect(handled.filter((id) => events.some((event) => event.id === id))).toHaveLength(events.length);
    // The dev broker hands one produced batch per partition and fetch: a call with more than one enterprise's event combined partitions.
    expect(calls.some((ids) => ids.length > 1)).toBe(true);
  });

  it('when a combined call fails, handles each partition alone: the others once, the poison event dead-lettered', async () => {
    const neighbours = Array.from({ length: 12 }, () => wageEvent(randomUUID(), `evt-${randomUUID()}`));
    await produce([wageEvent(randomUUID(), POISON), ...neighbours]);
    await waitFor('the poison event dead-lettered', () => deadLettered.includes(POISON), { timeoutMs: 30_000 });
    await waitFor('every neighbour handled', () => neighbours.every((event) => handled.includes(event.id)), { timeoutMs: 30_000 });

    expect(handled).not.toContain(POISON);
    for (const event of neighbours) expect(handled.filter((id) => id === event.id)).toHaveLength(1);
  });
});
