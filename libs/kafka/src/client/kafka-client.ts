import { Logger } from '@nestjs/common';
import type { KafkaEnv } from '@concord/config';
import { Kafka, type LogEntry, Partitioners, logLevel } from 'kafkajs';

const toNest: Record<number, 'error' | 'warn' | 'log' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'log',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own logs go through the service's JSON logger. */
export function createKafkaClient(config: KafkaEnv, clientId: string): Kafka {
  const logger = new Logger('kafkajs');
  return new Kafka({
    clientId: config.KAFKA_CLIENT_ID ?? clientId,
    brokers: config.KAFKA_BROKERS,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        logger[toNest[level] ?? 'log']({ ...extra }, message);
      },
  });
}

/** Java-compatible murmur2 partitioning on the key, so one enterprise always maps to one partition. */
export const defaultPartitioner = Partitioners.DefaultPartitioner;
