import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from '@concord/testing';

const FIXTURE = join(__dirname, 'cluster-metrics.fixture.ts');

/** The probe counter's value in a scrape, summed over every series of it. */
function probeCount(scrape: string): number {
  return [...scrape.matchAll(/^concord_ingest_events_total\{[^}]*type="probe"[^}]*\} (\d+)$/gm)].reduce((sum, [, n]) => sum + Number(n), 0);
}

function startPrimary(env: Record<string, string>) {
  const primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', FIXTURE], { env: { ...process.env, WORKERS: '2', ...env }, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  return {
    stop: async () => {
      primary.kill('SIGTERM');
      await exited;
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
          const response = await fetch(metricsUrl).catch(() => undefined);
          if (!response) return false; // the primary is not listening yet
          statuses.push(response.status);
          if (response.status === 503) retryAfter = response.headers.get('retry-after');
          return response.ok;
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
      const served = async () => {
        const ok = (await fetch(url)).ok;
        if (ok) requests += 1;
        return ok;
      };
      await waitFor('the workers and the metrics port', async () => (await served()) && (await fetch(metricsUrl)).ok, { timeoutMs: 30_000, intervalMs: 100 });
      // One connection per request, so the primary spreads them over both workers.
      const pids = new Set<number>();
      while (pids.size < 2 || requests < 20) {
        pids.add(Number(await (await fetch(url, { headers: { connection: 'close' } })).text()));
        requests += 1;
      }
      for (let scrape = 0; scrape < 3; scrape++) {
        const response = await fetch(metricsUrl);
        expect(response.status).toBe(200);
        const text = await response.text();
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
