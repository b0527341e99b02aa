import type { KafkaEnv } from '@concord/config';
import { createKafkaClient } from '@concord/kafka';
import { uniqueName, waitFor } from '@concord/testing';

export interface TopicMessage {
  topic: string;
  key: string | null;
  value: string;
  headers: string;
}

/**
 * Reads every message of every topic under the prefix (dead-letter topics included), from the
 * beginning up to the end offsets they had when called — what any consumer of the system could
 * ever see. Topics are listed rather than named, so a topic added later is read too.
 */
export async function readEveryTopic(kafka: KafkaEnv): Promise<TopicMessage[]> {
  const client = createKafkaClient(kafka, uniqueName('security-reader'));
  const admin = client.admin();
  await admin.connect();
  const ends = new Map<string, number>();
  let topics: string[];
  try {
    topics = (await admin.listTopics()).filter((topic) => topic.startsWith(kafka.KAFKA_TOPIC_PREFIX));
    for (const topic of topics) {
      for (const { partition, high } of await admin.fetchTopicOffsets(topic)) if (Number(high) > 0) ends.set(`${topic}/${partition}`, Number(high));
    }
  } finally {
    await admin.disconnect();
  }
  const messages: TopicMessage[] = [];
  const readUpTo = new Map<string, number>();
  const consumer = client.consumer({ groupId: uniqueName('security-reader'), maxWaitTimeInMs: 100 });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ topic, partition, message }) => {
        const headers = Object.entries(message.headers ?? {}).map(([name, value]) => `${name}=${String(value)}`);
        messages.push({ topic, key: message.key?.toString() ?? null, value: message.value?.toString() ?? '', headers: headers.join('\n') });
        readUpTo.set(`${topic}/${partition}`, Number(message.offset) + 1);
        return Promise.resolve();
      },
    });
    await waitFor('every topic to be read to its end', () => [...ends].every(([partition, end]) => (readUpTo.get(partition) ?? 0) >= end));
  } finally {
    await consumer.disconnect();
  }
  return messages;
}
