import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { PeriodicTask } from '@concord/platform';
import { DataSource } from 'typeorm';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';
import { type DueNotice, ThreadTimers } from './thread-timers';

const BATCH = 1_000;
/**
 * Each window reaches this far behind the last one's end: a notice's transaction computes its
 * thread's deadline before it commits, and a window that closed in between would not see it.
 * Scheduling a notice again is a no-op (same job id), and running one again tells nobody twice.
 */
const OVERLAP_MS = 5_000;

/**
 * Fires the threads' escalation deadlines and repeat reminders from Postgres, which keeps them on
 * the thread (escalate_at, repeat_at): every NOTIFY_DEADLINE_TICK_MS it schedules a notice job,
 * due at once, for each unacknowledged open thread whose deadline fell due since the last tick
 * (and a few seconds before, see OVERLAP_MS).
 * So a notice costs no delayed Redis job per timer, an acknowledgement has nothing to cancel, and
 * a Redis that lost its data loses no deadline. Deadlines older than the first window, from
 * before this process started, are the sweeper's. Job ids are fixed by thread, reason, revision
 * and round, so two instances, or a window that overlaps the sweeper's, schedule a notice once.
 */
@Injectable()
export class DeadlineClock implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(DeadlineClock.name);
  /** One tick at a time; a failed one leaves its window for the next. */
  private readonly ticks = new PeriodicTask(
    () => this.fire(),
    (error) => this.log.warn({ err: error }, 'firing due deadlines failed; will retry'),
  );
  /** The end of the last window scheduled; the next one starts here. */
  private since = new Date();

  constructor(
    private readonly dataSource: DataSource,
    private readonly timers: ThreadTimers,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  onApplicationBootstrap(): void {
    // The sweeper takes what has been due for two of its periods; the first window reaches back as far.
    this.since = new Date(Date.now() - 2 * this.config.NOTIFY_SWEEP_MS - this.config.NOTIFY_DEADLINE_TICK_MS);
    this.ticks.start(this.config.NOTIFY_DEADLINE_TICK_MS);
  }

  /** A running tick uses the database and Redis, which close on shutdown: it finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.ticks.stop();
  }

  /** Schedules what fell due in (since − overlap, until]; returns how many notices. */
  async fire(until = new Date()): Promise<number> {
    const notices = await dueDeadlines(this.dataSource, new Date(this.since.getTime() - OVERLAP_MS), until, BATCH);
    await this.timers.schedule(notices);
    // A full batch may have left some behind: the next tick takes the same window again.
    if (notices.length < BATCH) this.since = until;
    return notices.length;
  }
}

/**
 * The notices of the escalation deadlines and repeat reminders of unacknowledged open threads
 * that fell due in (after, until], each due at `until`: the clock's window, and the sweeper's
 * everything overdue (after = the epoch).
 */
export async function dueDeadlines(dataSource: DataSource, after: Date, until: Date, limit: number): Promise<DueNotice[]> {
  const rows = await dataSource.query<{ id: string; revision: number; reason: 'escalated' | 'repeat'; round: number }[]>(
    `SELECT id, revision, 'escalated' AS reason, escalation_step + 1 AS round FROM threads
      WHERE status = 'open' AND acknowledged_at IS NULL AND escalate_at > $1 AND escalate_at <= $2
     UNION ALL
     SELECT id, revision, 'repeat', repeat_round FROM threads
      WHERE status = 'open' AND acknowledged_at IS NULL AND repeat_at > $1 AND repeat_at <= $2
     LIMIT $3`,
    [after, until, limit],
  );
  return rows.map((row) => ({ threadId: row.id, reason: row.reason, revision: row.revision, round: row.round, at: until }));
}
