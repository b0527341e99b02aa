import type { KafkaConsumerOptions } from '@concord/kafka';

/**
 * How the risk engine consumes hr.events and case.events (main.ts; its Kafka integration specs use
 * the same). Up to four partitions are handled at once, and the small batches one fetch hands over
 * for them are scored in ONE transaction (combinePartitionBatches; batches of 50 events or more go
 * alone, see COMBINE_BATCHES_BELOW): a scoring transaction costs a fixed set of statements
 * and round trips whatever its size, and the dev broker hands over one produced batch per
 * partition and fetch (3.4 events from ingest-api's HTTP batches), so one transaction per
 * partition paid that cost 3 events at a time. Combining is safe: each partition's events stay in
 * order within the call, the transaction locks its enterprises in id order as re-evaluations and
 * rule publishes do, and a combined call that fails is retried partition by partition (then event
 * by event), so one poison event still holds up only its own partition. Four partitions keep the
 * database pool (10) free for the outbox relay, re-evaluation and HTTP.
 */
export const ENGINE_CONSUMING = { partitionsConcurrently: 4, combinePartitionBatches: true } as const satisfies Partial<KafkaConsumerOptions>;
