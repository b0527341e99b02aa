/**
 * Runs `work` every `periodMs`, one run at a time: a tick that finds a run still going skips, so
 * a slow run is not overlapped. A failed run is reported to `onError` and the next tick tries
 * again. stop() clears the timer and waits for a run in progress, which uses connections that
 * close on shutdown. The timer does not keep the process alive.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Starts ticking; with `runNow`, the first run starts at once rather than a period later. */
  start(periodMs: number, { runNow = false } = {}): void {
    if (runNow) this.tick();
    this.timer = setInterval(() => this.tick(), periodMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.work()
      .then(() => undefined)
      .catch((error: unknown) => this.onError(error))
      .finally(() => {
        this.running = undefined;
      });
  }
}
