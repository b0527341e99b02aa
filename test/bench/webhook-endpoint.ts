import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';

/**
 * A webhook endpoint for the benchmarks: answers 200 as soon as a request's body is in, then hands
 * the headers and body to `received`, so the sender never waits on the bench's bookkeeping.
 * Keep-alive connections outlive quiet spells; node would otherwise close idle ones after 5 s and
 * a sender might hit a closed socket.
 */
export async function listenForWebhooks(port: number, received: (headers: IncomingHttpHeaders, body: string) => void): Promise<Server> {
  const server = createServer();
  server.keepAliveTimeout = 120_000;
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200).end();
      received(req.headers, Buffer.concat(chunks).toString('utf8'));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
