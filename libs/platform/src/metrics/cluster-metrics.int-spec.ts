import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from '@concord/testing';

const FIXTURE = join(__dirname, 'cluster-metrics.fixture.ts');

/** The probe counter's value in a scrape, summed over every series of it. */
function probeCount(scrape: string): number {
  return [...scrape.matchAll(/^concord_ingest_events_total\{[^}]*type="probe"[^}]*\} (\d+)$/gm)].reduce((sum, [, n]) => sum + Number(n), 0);
}

describe('metrics of a service run in cluster workers (real processes)', () => {
  it('are served by the primary with every worker’s counts summed, whichever worker answered the requests', async () => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', FIXTURE], {
      env: { ...process.env, PORT: String(port), METRICS_PORT: String(metricsPort), WORKERS: '2' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}`;
      const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
      await waitFor('the workers and the metrics port', async () => (await fetch(url)).ok && (await fetch(metricsUrl)).ok, { timeoutMs: 30_000, intervalMs: 100 });
      // One connection per request, so the primary spreads them over both workers.
      const pids = new Set<number>();
      let requests = 1;
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
      primary.kill('SIGTERM');
      await exited;
    }
  });
});
