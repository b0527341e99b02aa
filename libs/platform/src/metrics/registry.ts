import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process, with Node's own metrics (CPU, memory, event-loop lag, GC)
 * and the metrics every service shares. Metrics are module singletons because prom-client refuses
 * a second metric of the same name, and tests build several apps in one process.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'concord_' });

const registers = [metricsRegistry];

export const httpRequestDuration = new Histogram({
  name: 'concord_http_request_duration_seconds',
  help: 'HTTP requests by method, route pattern and status, and how long they took',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers,
});

export const consumedMessages = new Counter({
  name: 'concord_kafka_messages_total',
  help: 'Kafka messages consumed, by topic and outcome (handled, dead_lettered)',
  labelNames: ['topic', 'outcome'] as const,
  registers,
});

export const handlerDuration = new Histogram({
  name: 'concord_kafka_handler_duration_seconds',
  help: "Time a topic's handler took per call (one event, or one batch for batch handlers), retries included: the risk engine's scoring latency on hr.events",
  labelNames: ['topic'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers,
});

export const consumerLag = new Gauge({
  name: 'concord_kafka_consumer_lag',
  help: 'Messages behind the partition end, as of the last batch fetched from it',
  labelNames: ['topic', 'partition'] as const,
  registers,
});

export const processedJobs = new Counter({
  name: 'concord_jobs_total',
  help: 'BullMQ jobs run, by queue, job name and outcome (done, skipped, failed): notifier deliveries, case deadlines, re-evaluations',
  labelNames: ['queue', 'job', 'outcome'] as const,
  registers,
});

type JobCounts = Record<string, number>;
const queueDepthSources = new Map<string, () => Promise<JobCounts>>();

/** Jobs waiting, delayed, active and failed per worked queue, read from Redis at each scrape. */
export const queueDepth = new Gauge({
  name: 'concord_queue_jobs',
  help: 'BullMQ jobs per queue and state, read at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers,
  async collect() {
    this.reset();
    for (const [queue, counts] of queueDepthSources) {
      for (const [state, n] of Object.entries(await counts().catch((): JobCounts => ({})))) this.set({ queue, state }, n);
    }
  },
});

/** A worked queue reports its depth until the returned function is called (its workers closed). */
export function reportQueueDepth(queue: string, counts: () => Promise<JobCounts>): () => void {
  queueDepthSources.set(queue, counts);
  return () => queueDepthSources.delete(queue);
}
