import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait-for';

export interface ServiceProcess {
  name: string;
  baseUrl: string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const ROOT = join(__dirname, '..', '..', '..');

/** Runs a built service binary (`dist/apps/<app>/main.js [command]`) as a real child process. */
export function serviceBinary(app: string): string {
  return join(ROOT, 'dist', 'apps', app, 'main.js');
}

/**
 * Runs `main.js <command>` to completion (e.g. migrate, seed) and returns its exit code and output.
 * `env` is added to this process's environment, unless `replaceEnv` makes it the whole environment.
 */
export async function runServiceCommand(
  app: string,
  command: string,
  env: NodeJS.ProcessEnv,
  options: { replaceEnv?: boolean; args?: string[] } = {},
): Promise<{ code: number | null; output: string }> {
  const childEnv = options.replaceEnv ? env : { ...process.env, ...env };
  const child = spawn(process.execPath, [serviceBinary(app), command, ...(options.args ?? [])], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, output };
}

/** Starts a service and resolves once /health/ready says every dependency answers. */
export async function startServiceProcess(app: string, port: number, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child: ChildProcess = spawn(process.execPath, [serviceBinary(app)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${app} to be ready`, async () => {
      if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode}:\n${output}`);
      const res = await fetch(`${baseUrl}/health/ready`);
      return res.ok;
    }, { timeoutMs: 45_000, intervalMs: 250 });
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- ${app} output ---\n${output}`);
  }
  return {
    name: app,
    baseUrl,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
