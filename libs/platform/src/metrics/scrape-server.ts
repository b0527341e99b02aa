import { type Server, createServer } from 'node:http';

/** Thrown by a collection that cannot answer yet (a 503 the scraper retries), as opposed to one that failed. */
export class MetricsNotReady extends Error {}

/**
 * Listens on `port` for the scraper: GET /metrics answers what `collect` gathers, anything else
 * is a 404. A collection that is not ready is a 503; one that fails is a 500 (either way the
 * scraper marks the target down), and a failure is reported.
 */
export async function listenForScrapes(
  port: number,
  collect: () => Promise<string>,
  contentType: string,
  onError: (error: unknown) => void,
): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    collect().then(
      (body) => response.writeHead(200, { 'content-type': contentType }).end(body),
      (error: unknown) => {
        if (error instanceof MetricsNotReady) {
          response.writeHead(503, { 'content-type': 'text/plain', 'retry-after': '1' }).end(error.message);
          return;
        }
        onError(error);
        response.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '0.0.0.0', resolve));
  return server;
}
