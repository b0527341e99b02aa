import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, waitFor } from '@concord/testing';

const FIXTURE = join(__dirname, '../../test/workers-fixture.ts');

interface Started {
  primary: ChildProcess;
  exited: Promise<number | null>;
  url: string;
}

async function start(workers: number): Promise<Started> {
  const port = await freePort();
  const primary = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', FIXTURE], {
    env: { ...process.env, PORT: String(port), WORKERS: String(workers) },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => primary.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitFor('the workers to listen', async () => (await fetch(url)).ok, { timeoutMs: 30_000, intervalMs: 100 });
  return { primary, exited, url };
}

/** Worker pids answering on the shared port, gathered over enough requests to reach each one. */
async function workerPids(url: string, expected: number): Promise<Set<number>> {
  const pids = new Set<number>();
  await waitFor(`${expected} distinct workers`, async () => {
    pids.add(Number(await (await fetch(url, { headers: { connection: 'close' } })).text()));
    return pids.size >= expected;
  }, { timeoutMs: 10_000, intervalMs: 1 });
  return pids;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('serveInWorkers (real processes)', () => {
  it('spreads connections over the workers and stops them all on SIGTERM', async () => {
    const { primary, exited, url } = await start(2);
    const pids = await workerPids(url, 2);
    expect(pids.has(primary.pid ?? -1)).toBe(false);
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor('every worker gone', () => [...pids].every((pid) => !alive(pid)), { timeoutMs: 10_000 });
  });

  it('stops the service non-zero when a worker dies on its own, for the supervisor to restart it', async () => {
    const { exited, url } = await start(2);
    const pids = await workerPids(url, 2);
    await fetch(`${url}/crash`).catch(() => undefined);
    expect(await exited).toBe(1);
    await waitFor('every worker gone', () => [...pids].every((pid) => !alive(pid)), { timeoutMs: 10_000 });
  });

  it('takes its workers down with it when the primary is SIGKILLed', async () => {
    const { primary, exited, url } = await start(2);
    const pids = await workerPids(url, 2);
    primary.kill('SIGKILL');
    await exited;
    await waitFor('every orphaned worker to exit', () => [...pids].every((pid) => !alive(pid)), { timeoutMs: 10_000 });
  });
});
