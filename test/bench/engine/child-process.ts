import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** Starts one of the scripts of this folder under ts-node, with its stdout piped and its stderr shown. */
function tsNode(script: string, nodeFlags: string[], args: (string | number)[]): ChildProcess & { stdout: NodeJS.ReadableStream } {
  return spawn(process.execPath, [...nodeFlags, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, script), ...args.map(String)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Runs a script to its end and returns the JSON of its last stdout line. */
export function runScript<T>(script: string, nodeFlags: string[], args: (string | number)[]): Promise<T> {
  const proc = tsNode(script, nodeFlags, args);
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '') as T);
    });
  });
}

export interface RunningScript {
  pid: number;
  /** Ends the script with SIGTERM and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a long-running script and resolves once it prints `ready`. */
export function startScript(script: string, args: (string | number)[]): Promise<RunningScript> {
  const proc = tsNode(script, [], args);
  const exited = new Promise<number | null>((resolve) => proc.on('close', resolve));
  const stop = async () => {
    if (proc.exitCode === null) proc.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (out.split('\n').includes('ready')) resolve({ pid: proc.pid as number, stop });
    });
    proc.on('error', reject);
    void exited.then((code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
  });
}
