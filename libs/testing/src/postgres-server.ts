import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresServer {
  /** Admin connection (user postgres, trust auth) to the cluster's `postgres` database. */
  adminUrl: string;
  /** Crashes the server (`pg_ctl stop -m immediate`: no checkpoint, as after a power cut) and starts it again; it recovers from its WAL. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL cluster of the test's own (Debian's server binaries, which the machine has), in a
 * temporary directory and on its own port, so a test can crash and restart it without touching the
 * machine's shared server. As root, the server runs as the `postgres` user: PostgreSQL refuses root.
 */
export async function startPostgresServer(port: number): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const dataDir = await mkdtemp(join(tmpdir(), 'concord-pg-'));
  const asServerUser = await serverUser(dataDir);
  const pgCtl = (...args: string[]) => asServerUser(join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const options = `-p ${port} -k ${dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  await asServerUser(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  await pgCtl('-o', options, '-l', join(dataDir, 'server.log'), '-w', 'start');
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async () => {
      await pgCtl('-m', 'immediate', '-w', 'stop');
      await pgCtl('-o', options, '-l', join(dataDir, 'server.log'), '-w', 'start');
    },
    stop: async () => {
      await pgCtl('-m', 'immediate', '-w', 'stop').catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The newest installed server's binaries (/usr/lib/postgresql/<major>/bin on Debian). */
function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  if (majors.length === 0) throw new Error(`no PostgreSQL server binaries under ${root}`);
  return join(root, majors.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

type Runner = (file: string, args: string[]) => Promise<unknown>;

async function serverUser(dataDir: string): Promise<Runner> {
  if (process.getuid?.() !== 0) return (file, args) => run(file, args);
  const { stdout } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  await chown(dataDir, Number(stdout.trim()), Number(gid.trim()));
  return (file, args) => run('runuser', ['-u', 'postgres', '--', file, ...args]);
}
