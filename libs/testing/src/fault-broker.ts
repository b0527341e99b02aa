import { type ChildProcessWithoutNullStreams, execFile, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..', '..');
const SOURCE = join(ROOT, 'scripts', 'chaos', 'fault-broker.c');
const BINARY = join(ROOT, '.run', 'chaos', 'fault-broker');

export interface FaultBroker {
  /** bootstrap servers, e.g. "127.0.0.1:40123" */
  brokers: string;
  /** Cuts every client connection and refuses new ones; the partitions' logs stay as they are. */
  down(): Promise<void>;
  /** Accepts connections again. */
  up(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * librdkafka's mock cluster hosted by scripts/chaos/fault-broker.c (built here with gcc against
 * Debian's librdkafka-dev), which can take its broker down and up again without
 * losing what it holds: a broker restart as Kafka, which keeps its log on disk, goes through one.
 */
export async function startFaultBroker(): Promise<FaultBroker> {
  // Built every time (well under a second), so the binary never lags behind its source.
  mkdirSync(join(ROOT, '.run', 'chaos'), { recursive: true });
  await promisify(execFile)('gcc', ['-O2', '-o', BINARY, SOURCE, '-lrdkafka']);
  const child: ChildProcessWithoutNullStreams = spawn(BINARY, [], { stdio: 'pipe' });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error('the fault broker exited');
    return value;
  };
  const brokers = await nextLine();
  const command = async (verb: 'down' | 'up') => {
    child.stdin.write(`${verb}\n`);
    const answer = await nextLine();
    if (answer !== `ok ${verb}`) throw new Error(`fault broker: ${answer}`);
  };
  return {
    brokers,
    down: () => command('down'),
    up: () => command('up'),
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end();
      await exited;
    },
  };
}
