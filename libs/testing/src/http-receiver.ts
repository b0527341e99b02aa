import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status the receiver answered it with. */
  answeredWith: number;
}

export interface HttpReceiver {
  url: string;
  received: ReceivedRequest[];
  /** Status to answer with; lets tests make the receiver fail and recover. */
  respondWith(status: number): void;
  /** Answers the next `count` requests with `status` (default 500), then with the usual status again. */
  failNext(count: number, status?: number): void;
  close(): Promise<void>;
}

/** A real local HTTP endpoint (e.g. a webhook target) that records what it receives. */
export async function startHttpReceiver(): Promise<HttpReceiver> {
  const received: ReceivedRequest[] = [];
  let status = 200;
  let failures = { left: 0, status: 500 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const failing = failures.left > 0;
      if (failing) failures.left -= 1;
      const answeredWith = failing ? failures.status : status;
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answeredWith });
      res.writeHead(answeredWith).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    respondWith: (next) => {
      status = next;
    },
    failNext: (count, failureStatus = 500) => {
      failures = { left: count, status: failureStatus };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
