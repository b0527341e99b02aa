import cluster from 'node:cluster';
import type { Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { answerPrimaryScrapes } from './cluster-metrics';
import { metricsRegistry } from './registry';
import { listenForScrapes } from './scrape-server';

export const METRICS_PORT = Symbol('METRICS_PORT');

/**
 * Serves GET /metrics (Prometheus text format) on a port of its own, never on the service's API
 * port: the console's API is public, and metrics are for the cluster's scraper only. No port, no
 * server (local runs of five services on one host). In a cluster worker (serveInWorkers) the
 * primary serves the port with every worker's metrics combined, and this worker answers it.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(@Inject(METRICS_PORT) private readonly port: number | undefined) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.port === undefined) return;
    if (cluster.isWorker) {
      answerPrimaryScrapes();
      return;
    }
    this.server = await listenForScrapes(this.port, () => metricsRegistry.metrics(), metricsRegistry.contentType, (error) =>
      this.log.error({ err: error }, 'metrics collection failed'),
    );
    this.log.log({ port: this.port }, 'serving /metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
