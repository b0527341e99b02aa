import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the demo for the browser tests runs: ports, database, broker and logs of its own. */
export const BROWSER_DEMO = {
  portBase: Number(process.env.BROWSER_DEMO_PORT_BASE ?? 3700),
  database: 'concord_browser',
  runDir: '.run/browser',
} as const;

const READY_LINE = /demo:\S* ready: (http:\/\/\S+)/;
/** Build reused, so this is migrations, seed, services and the history: about a minute and a half on an idle 2-CPU machine. */
const READY_TIMEOUT_MS = 360_000;

declare global {
  var concordBrowserDemo: ChildProcess | undefined;
}

/**
 * Starts the whole system exactly as `npm run demo` does (scripts/demo.sh, reusing dist/), in the
 * background, and waits for its "ready" line: services up, six months of history scored, alerts
 * raised and a mediator assigned. The tests then drive the console it serves; the teardown stops it.
 * BROWSER_CONSOLE_URL, when set, names a console already running instead.
 */
export default async function globalSetup(): Promise<void> {
  // A console already running (e.g. `npm run demo` while writing a spec) is used as it is.
  if (process.env.BROWSER_CONSOLE_URL) return;
  const root = join(__dirname, '..', '..');
  mkdirSync(join(root, BROWSER_DEMO.runDir), { recursive: true });
  const output = createWriteStream(join(root, BROWSER_DEMO.runDir, 'demo.out'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DEMO_SKIP_BUILD: '1',
    DEMO_PORT_BASE: String(BROWSER_DEMO.portBase),
    DEMO_DB: BROWSER_DEMO.database,
    DEMO_RUN_DIR: BROWSER_DEMO.runDir,
    BROKER_STATE_DIR: `${BROWSER_DEMO.runDir}/broker`,
  };
  delete env.DEMO_EXIT_WHEN_READY;
  const demo = spawn('bash', ['scripts/demo.sh'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  globalThis.concordBrowserDemo = demo;
  let seen = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo was not ready after ${READY_TIMEOUT_MS / 1000}s; see ${BROWSER_DEMO.runDir}/demo.out`)), READY_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output.write(chunk);
      seen += chunk.toString();
      const line = READY_LINE.exec(seen);
      if (line) {
        clearTimeout(timer);
        resolve(line[1]);
      }
    };
    demo.stdout.on('data', read);
    demo.stderr.on('data', read);
    demo.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited (${code}) before it was ready:\n${seen.slice(-3_000)}`));
    });
  });
  try {
    process.env.BROWSER_CONSOLE_URL = await ready;
  } catch (error) {
    // Jest skips the teardown when the setup fails: stop what was started here.
    demo.kill('SIGTERM');
    throw error;
  }
}
