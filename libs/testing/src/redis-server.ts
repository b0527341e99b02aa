import { type ChildProcess, spawn } from 'node:child_process';
import IORedis from 'ioredis';
import { waitFor } from './wait-for';

export interface RedisServer {
  url: string;
  /** Kills the server (SIGKILL) and starts a fresh one on the same port: everything it held is gone, as after a crash of a Redis that keeps nothing on disk. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A Redis server of the test's own (Debian's redis-server, which the machine has), on its own
 * port and without persistence, so a test can crash it without touching the shared one.
 */
export async function startRedisServer(port: number): Promise<RedisServer> {
  let child = await launch(port);
  return {
    url: `redis://127.0.0.1:${port}`,
    restart: async () => {
      await kill(child);
      child = await launch(port);
    },
    stop: () => kill(child),
  };
}

async function launch(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitFor(`redis-server on port ${port}`, async () => {
    const client = new IORedis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  });
  return child;
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
