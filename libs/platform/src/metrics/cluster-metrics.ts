import cluster from 'node:cluster';
import { AggregatorRegistry, type PrometheusContentType } from 'prom-client';
import { metricsRegistry } from './registry';
import { listenForScrapes } from './scrape-server';

let answering: AggregatorRegistry<PrometheusContentType> | undefined;

/**
 * In a cluster worker: answer the primary's requests for this process's metrics over the IPC
 * channel instead of listening on the metrics port. Workers share their listening ports, so a
 * worker's own /metrics would answer a scrape with one worker's counts, a different one each time.
 */
export function answerPrimaryScrapes(): void {
  AggregatorRegistry.setRegistries([metricsRegistry]);
  // Constructing one installs prom-client's IPC listener (once per process).
  answering ??= new AggregatorRegistry();
}

/**
 * In the primary of a service that serveInWorkers forked `workers` processes for: serve GET
 * /metrics on `port` with every worker's metrics combined (counters and histograms summed, Node's
 * own metrics as prom-client aggregates them), labelled as the workers label them. Does nothing
 * in a worker, or when the service runs in one process (its MetricsServer serves the port).
 */
export async function serveWorkersMetrics(workers: number, port: number | undefined): Promise<void> {
  if (workers <= 1 || cluster.isWorker || port === undefined) return;
  const aggregator = new AggregatorRegistry();
  await listenForScrapes(port, () => aggregator.clusterMetrics(), aggregator.contentType, (error) => {
    process.stderr.write(`metrics collection from the workers failed: ${String(error)}\n`);
  });
}
