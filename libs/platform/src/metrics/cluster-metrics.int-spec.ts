import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from '@concord/testing';

const FIXTURE = join(__dirname, 'cluster-metrics.fixture.ts');

/** The probe counter's value in a scrape, summed over every series of it. */
function probeCount(scrape: string): number {
  return [...scrape.matchAll(/^concord_ingest_events_total\{[^}]*type="probe"[^}]*\} (\d+)$/gm)].reduce((sum, [, n]) => sum + Number(n), 0);
}

/** Every request of these tests gives up after this long, so a process that stopped answering fails the test rather than hanging it. */
const REQUEST_TIMEOUT_MS = 5_000;

/** GET `url`: its status and text, the body always read (an unread one holds its connection). */
async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string; retryAfter: string | null }> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: response.status, text: await response.text(), retryAfter: response.headers.get('retry-after') };
}

/** The fixture's primary; its output is kept to explain a failure. */
function startPrimary(env: Record<string, string>) {
  const primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', FIXTURE], { env: { ...process.env, WORKERS: '2', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  primary.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  primary.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  return {
    output: () => output,
    /** SIGTERM, and SIGKILL if the primary has not exited 10 s later. */
    stop: async () => {
      primary.kill('SIGTERM');
      const killLater = setTimeout(() => primary.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killLater);
    },
  };
}

describe('metrics of a service run in cluster workers (real processes)', () => {
  it('answer 503 while workers boot, never a 500 after a timeout, then the combined metrics', async () => {
    const metricsPort = await freePort();
    const primary = startPrimary({ PORT: String(await freePort()), METRICS_PORT: String(metricsPort), WORKER_BOOT_MS: '3000' });
    try {
      const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      await waitFor(
        'a scrape answered 200',
        async () => {
          const scrape = await get(metricsUrl).catch(() => undefined);
          if (!scrape) return false; // the primary is not listening yet
          statuses.push(scrape.status);
          if (scrape.status === 503) retryAfter = scrape.retryAfter;
          return scrape.status === 200;
        },
        { timeoutMs: 30_000, intervalMs: 100 },
      );
      expect(statuses).toContain(503);
      expect(new Set(statuses)).toEqual(new Set([503, 200]));
      expect(retryAfter).toBe('1');
    } finally {
      await primary.stop();
    }
  });

  it('are served by the primary with every worker’s counts summed, whichever worker answered the requests', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const primary = startPrimary({ PORT: String(port), METRICS_PORT: String(metricsPort) });
    try {
      const url = `http://127.0.0.1:${port}`;
      const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      // Every request answered by a worker counts one probe event, those made while waiting too.
      let requests = 0;
      const request = async (headers: Record<string, string> = {}) => {
        const pid = Number((await get(url, headers)).text);
        requests += 1;
        return pid;
      };
      await waitFor('the workers and the metrics port', async () => (await request()) > 0 && (await get(metricsUrl)).status === 200, { timeoutMs: 30_000, intervalMs: 100 });
      // One connection per request, so the primary spreads them over both workers.
      const pids = new Set<number>();
      while ((pids.size < 2 || requests < 20) && requests < 200) pids.add(await request({ connection: 'close' }));
      if (pids.size < 2) throw new Error(`only worker ${[...pids].join()} answered ${requests} requests; the fixture printed:\n${primary.output()}`);
      for (let scrape = 0; scrape < 3; scrape++) {
        const { status, text } = await get(metricsUrl);
        expect(status).toBe(200);
        expect(probeCount(text)).toBe(requests);
        expect(text).toMatch(/^concord_ingest_events_total\{[^}]*service="cluster-probe"[^}]*\} \d+$/m);
        // Node's own metrics come from both workers too: two processes' memory, one version line.
        expect(text).toMatch(/^concord_process_resident_memory_bytes\{service="cluster-probe"\} \d+/m);
      }
    } finally {
      await primary.stop();
    }
  });
});
