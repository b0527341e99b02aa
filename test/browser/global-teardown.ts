/** Stops the demo the setup started: scripts/demo.sh traps TERM and stops its services and broker. */
export default async function globalTeardown(): Promise<void> {
  const demo = globalThis.concordBrowserDemo;
  if (!demo || demo.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => demo.once('exit', () => resolve()));
  demo.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
  if (!stopped) demo.kill('SIGKILL');
}
