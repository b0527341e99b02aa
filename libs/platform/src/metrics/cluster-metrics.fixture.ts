/**
 * A service of two workers for cluster-metrics.int-spec.ts, wired as ingest-api is: every request
 * to PORT counts one event in the worker that answers it (and answers its pid); the primary serves
 * METRICS_PORT with the workers' metrics combined. WORKER_BOOT_MS (optional) makes each worker
 * take that long to boot before it answers metrics requests, as a NestJS worker does.
 */
import { createServer } from 'node:http';
import { serveInWorkers } from '../bootstrap/serve-in-workers';
import { answerPrimaryScrapes, serveWorkersMetrics } from './cluster-metrics';
import { ingestedEvents } from './event-flow.metrics';
import { metricsRegistry } from './registry';

const workers = Number(process.env.WORKERS);
void serveInWorkers(workers, async () => {
  await new Promise((resolve) => setTimeout(resolve, Number(process.env.WORKER_BOOT_MS ?? 0)));
  metricsRegistry.setDefaultLabels({ service: 'cluster-probe' });
  answerPrimaryScrapes();
  const server = createServer((_request, response) => {
    ingestedEvents.inc({ type: 'probe', outcome: 'accepted' });
    response.end(String(process.pid));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
}).then(() => serveWorkersMetrics(workers, Number(process.env.METRICS_PORT)));
