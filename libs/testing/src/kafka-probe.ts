import type { KafkaEnv } from '@concord/config';
import { TopicNamer, createKafkaClient, defaultPartitioner } from '@concord/kafka';
import { uniqueName } from './test-names';

export interface RecordedMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
}

export interface TopicRecorder {
  messages: RecordedMessage[];
  /** Parsed JSON values, for CloudEvent assertions. */
  events<T = Record<string, unknown>>(): T[];
  stop(): Promise<void>;
}

/**
 * Records everything on a (logical) topic under the test's prefix, from the beginning, through a
 * consumer group of its own — what a downstream service would see.
 */
export async function recordTopic(kafka: KafkaEnv, topic: string): Promise<TopicRecorder> {
  const client = createKafkaClient(kafka, uniqueName('recorder'));
  const consumer = client.consumer({ groupId: uniqueName('recorder'), maxWaitTimeInMs: 100 });
  const messages: RecordedMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic: new TopicNamer(kafka.KAFKA_TOPIC_PREFIX).physical(topic), fromBeginning: true });
  await consumer.run({
    eachMessage: ({ message }) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers ?? {})) if (value !== undefined) headers[name] = value.toString();
      messages.push({ key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers });
      return Promise.resolve();
    },
  });
  return {
    messages,
    events: <T>() => messages.map((m) => JSON.parse(m.value) as T),
    stop: () => consumer.disconnect(),
  };
}

/** Produces raw values (valid or deliberately broken) to a (logical) topic under the test's prefix. */
export async function produceRaw(kafka: KafkaEnv, topic: string, messages: { key: string; value: string; headers?: Record<string, string> }[]): Promise<void> {
  const producer = createKafkaClient(kafka, uniqueName('producer')).producer({ createPartitioner: defaultPartitioner });
  await producer.connect();
  try {
    await producer.send({ topic: new TopicNamer(kafka.KAFKA_TOPIC_PREFIX).physical(topic), acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}
