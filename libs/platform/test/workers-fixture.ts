/**
 * A tiny HTTP service run through serveInWorkers, for serve-in-workers.int-spec.ts:
 * GET / answers the worker's pid; GET /crash makes that worker exit with code 3.
 */
import { createServer } from 'node:http';
import { serveInWorkers } from '../src/bootstrap/serve-in-workers';

const port = Number(process.env.PORT);
void serveInWorkers(Number(process.env.WORKERS), async () => {
  const server = createServer((request, response) => {
    if (request.url === '/crash') process.exit(3);
    response.end(String(process.pid));
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
