import cluster from 'node:cluster';

/**
 * Runs `serve` in `workers` processes that share one listening port (Node's cluster, round-robin
 * on Linux), so a stateless HTTP service uses every core of its host. With one worker, `serve`
 * runs in this process. The primary only supervises: SIGTERM/SIGINT reach every worker for a
 * graceful stop, and if a worker dies on its own the primary stops the others and exits non-zero,
 * leaving the restart to the supervisor (Compose, Kubernetes) instead of hiding a crash loop.
 * A worker whose primary is killed outright exits by itself when the IPC channel closes.
 */
export async function serveInWorkers(workers: number, serve: () => Promise<unknown>): Promise<void> {
  if (workers <= 1 || cluster.isWorker) {
    await serve();
    return;
  }
  let stopping = false;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  process.on('SIGINT', () => stopAll('SIGINT'));
  cluster.on('exit', (worker, code, signal) => {
    if (!stopping) {
      process.stderr.write(`worker ${worker.process.pid} exited (${signal ?? code}); stopping the others\n`);
      stopAll('SIGTERM');
      process.exitCode = 1;
    }
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
  });
  // The open IPC channels keep this process alive while the workers serve.
  for (let i = 0; i < workers; i++) cluster.fork();
}
