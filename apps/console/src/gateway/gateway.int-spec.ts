import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort, waitFor } from '@concord/testing';
import { type ConsoleTestApp, TEST_ADMIN, startConsoleTestApp } from '../console-test-app';

interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP server standing in for risk-engine (under /risk) and the notifier (under /notifier):
 * it records what reached it, echoes bodies, refuses one path, and holds an event stream open
 * until the test lets it go on.
 */
async function startOwnerStandIn() {
  const received: Received[] = [];
  let streamOpen: ServerResponse | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const path = (req.url ?? '').split('?')[0];
      if (path === '/notifier/v1/me/inbox/stream') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write('event: notification\ndata: {"n":1}\n\n');
        streamOpen = res;
        return;
      }
      if (path === '/risk/v1/refused') {
        res.writeHead(403, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ error: 'forbidden', message: 'not your region' }));
      }
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'x-owner-header': 'kept' });
      res.end(JSON.stringify({ method: req.method, url: req.url, bodyLength: body.length, bodyStart: body.slice(0, 40) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** Sends the stream's second event and ends it. */
    finishStream: () => {
      streamOpen?.write('event: notification\ndata: {"n":2}\n\n');
      streamOpen?.end();
    },
    streamIsOpen: () => streamOpen !== undefined,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('console gateway to the owners (real Postgres, Redis, HTTP)', () => {
  let owner: Awaited<ReturnType<typeof startOwnerStandIn>>;
  let consoleApp: ConsoleTestApp;
  let token: string;

  beforeAll(async () => {
    owner = await startOwnerStandIn();
    consoleApp = await startConsoleTestApp({
      RISK_ENGINE_URL: `${owner.url}/risk`,
      NOTIFIER_URL: `${owner.url}/notifier`,
      CASE_SERVICE_URL: `http://127.0.0.1:${await freePort()}`,
    });
    token = await consoleApp.logIn(TEST_ADMIN);
  });

  afterAll(async () => {
    await consoleApp?.close();
    await owner?.close();
  });

  it('strips the prefix and passes status, body and headers both ways, with the token and correlation id', async () => {
    const res = await consoleApp.call('GET', '/api/risk/v1/alerts?level=red', { token, headers: { 'x-correlation-id': 'corr-gw-1' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ method: 'GET', url: '/risk/v1/alerts?level=red', bodyLength: 0, bodyStart: '' });
    expect(res.headers.get('x-owner-header')).toBe('kept');
    const forwarded = owner.received.at(-1);
    expect(forwarded?.headers.authorization).toBe(`Bearer ${token}`);
    expect(forwarded?.headers['x-correlation-id']).toBe('corr-gw-1');

    const refused = await consoleApp.call('GET', '/api/risk/v1/refused', { token });
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden', message: 'not your region' } });
  });

  it('streams request bodies as they are, beyond the console’s own JSON limit', async () => {
    const big = JSON.stringify({ rules: 'x'.repeat(600_000) });
    const res = await consoleApp.call('POST', '/api/risk/v1/rule-sets/draft/backtest', { token, body: big });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ method: 'POST', url: '/risk/v1/rule-sets/draft/backtest', bodyLength: big.length, bodyStart: big.slice(0, 40) });
  });

  it('delivers server-sent events as they are written, and turns ?access_token= into the Authorization header', async () => {
    const res = await fetch(`${consoleApp.baseUrl}/api/notifier/v1/me/inbox/stream?access_token=${token}&since=5`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    // The owner holds the stream open after its first event: it can only arrive unbuffered.
    let seen = '';
    while (!seen.includes('"n":1')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`stream ended early after ${JSON.stringify(seen)}`);
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).not.toContain('"n":2');
    const forwarded = owner.received.at(-1);
    expect(forwarded?.url).toBe('/notifier/v1/me/inbox/stream?since=5');
    expect(forwarded?.headers.authorization).toBe(`Bearer ${token}`);

    owner.finishStream();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      seen += decoder.decode(value, { stream: true });
    }
    expect(seen).toContain('"n":2');
  });

  it('answers 503 with a JSON error and Retry-After when the owner is down', async () => {
    const res = await consoleApp.call('POST', '/api/cases/v1/cases/11111111-1111-4111-8111-111111111111/accept', { token, body: {} });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(res.body).toEqual({ error: 'unavailable', message: 'case-service is unreachable; try again shortly' });
  });

  it('leaves unknown /api paths to the console, which answers 404', async () => {
    expect((await consoleApp.call('GET', '/api/nothing/v1/x', { token })).status).toBe(404);
  });

  it('audits a change made through the gateway once it is answered, without the token in the path', async () => {
    const alertId = '22222222-2222-4222-8222-222222222222';
    const res = await consoleApp.call('POST', `/api/risk/v1/alerts/${alertId}/acknowledge?access_token=${token}&note=seen`, {
      body: { reason: 'on it' },
      headers: { 'x-correlation-id': 'corr-gw-audit' },
    });
    expect(res.status).toBe(201);
    const row = await waitFor('the audit row', async () => {
      const { rows } = await consoleApp.sql.query(`SELECT * FROM directory.staff_audit_log WHERE correlation_id = 'corr-gw-audit'`);
      return rows[0] as Record<string, unknown> | undefined;
    });
    const me = await consoleApp.call('GET', '/v1/me', { token });
    expect(row).toMatchObject({
      action: 'request',
      person_id: me.body.sub,
      roles: ['admin'],
      method: 'POST',
      path: `/api/risk/v1/alerts/${alertId}/acknowledge?note=seen`,
      target_ids: [alertId],
      status: 201,
    });
  });

  it('records what the caller got when the owner was down, and nothing for a request without a valid token', async () => {
    await consoleApp.call('POST', '/api/risk/v1/alerts/x/acknowledge', { token: 'forged', body: {}, headers: { 'x-correlation-id': 'corr-gw-forged' } });
    await consoleApp.call('DELETE', '/api/cases/v1/cases/33333333-3333-4333-8333-333333333333', { token, headers: { 'x-correlation-id': 'corr-gw-down' } });
    const down = await waitFor('the audit row of the refused change', async () => {
      const { rows } = await consoleApp.sql.query(`SELECT status FROM directory.staff_audit_log WHERE correlation_id = 'corr-gw-down'`);
      return rows[0] as { status: number } | undefined;
    });
    expect(down.status).toBe(503);
    const { rows } = await consoleApp.sql.query(`SELECT 1 FROM directory.staff_audit_log WHERE correlation_id = 'corr-gw-forged'`);
    expect(rows).toHaveLength(0);
  });
});
