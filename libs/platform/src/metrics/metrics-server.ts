import { type Server, createServer } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { metricsRegistry } from './registry';

export const METRICS_PORT = Symbol('METRICS_PORT');

/**
 * Serves GET /metrics (Prometheus text format) on a port of its own, never on the service's API
 * port: the console's API is public, and metrics are for the cluster's scraper only. No port, no
 * server (local runs of five services on one host).
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(@Inject(METRICS_PORT) private readonly port: number | undefined) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.port === undefined) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url !== '/metrics') {
        response.writeHead(404).end();
        return;
      }
      metricsRegistry.metrics().then(
        (body) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(body),
        (error: unknown) => {
          this.log.error({ err: error }, 'metrics collection failed');
          response.writeHead(500).end();
        },
      );
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(this.port, '0.0.0.0', resolve));
    this.server = server;
    this.log.log({ port: this.port }, 'serving /metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
