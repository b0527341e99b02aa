import cluster from 'node:cluster';
import { AggregatorRegistry, type PrometheusContentType } from 'prom-client';
import { metricsRegistry } from './registry';
import { MetricsNotReady, listenForScrapes } from './scrape-server';

/** What a worker sends its primary once it answers metrics requests. */
const ANSWERS_SCRAPES = 'concord:answers-metrics-scrapes';

let answering: AggregatorRegistry<PrometheusContentType> | undefined;

/**
 * In a cluster worker: answer the primary's requests for this process's metrics over the IPC
 * channel instead of listening on the metrics port. Workers share their listening ports, so a
 * worker's own /metrics would answer a scrape with one worker's counts, a different one each time.
 */
export function answerPrimaryScrapes(): void {
  AggregatorRegistry.setRegistries([metricsRegistry]);
  if (answering) return;
  // Constructing one installs prom-client's IPC listener (once per process).
  answering = new AggregatorRegistry();
  process.send?.({ type: ANSWERS_SCRAPES });
}

function announcesAnswering(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === ANSWERS_SCRAPES;
}

/**
 * In the primary of a service that serveInWorkers forked `workers` processes for: serve GET
 * /metrics on `port` with every worker's metrics combined (counters and histograms summed, Node's
 * own metrics as prom-client aggregates them), labelled as the workers label them. Does nothing
 * in a worker, or when the service runs in one process (its MetricsServer serves the port).
 * Until every worker answers, a scrape is a 503: prom-client would ask a worker that is still
 * booting too, wait five seconds for it and fail.
 */
export async function serveWorkersMetrics(workers: number, port: number | undefined): Promise<void> {
  if (workers <= 1 || cluster.isWorker || port === undefined) return;
  const answeringWorkers = new Set<number>();
  cluster.on('message', (worker, message: unknown) => {
    if (announcesAnswering(message)) answeringWorkers.add(worker.id);
  });
  cluster.on('exit', (worker) => answeringWorkers.delete(worker.id));
  const aggregator = new AggregatorRegistry();
  const collect = async () => {
    const starting = Object.values(cluster.workers ?? {}).filter((worker) => worker && !answeringWorkers.has(worker.id)).length;
    if (starting > 0) throw new MetricsNotReady(`${starting} of ${workers} workers are still starting`);
    return aggregator.clusterMetrics();
  };
  await listenForScrapes(port, collect, aggregator.contentType, (error) => {
    process.stderr.write(`metrics collection from the workers failed: ${String(error)}\n`);
  });
}
