import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import { PeriodicTask } from '@concord/platform';
import { DataSource } from 'typeorm';
import { type PendingDelivery, DeliveryJobs } from '../deliveries/delivery-jobs';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';
import { dueDeadlines } from './deadline-clock';
import { type DueNotice, ThreadTimers } from './thread-timers';

const BATCH = 1_000;
/** Left alone for two sweeps after it was due, work counts as lost rather than on its way. */
const GRACE = `($2::int * interval '2 milliseconds')`;

/**
 * Postgres holds every thread's state; Redis only its jobs. After a crash between a commit and
 * the enqueue after it, or a Redis that lost its data, the sweeper re-creates what is overdue:
 * pending deliveries, untold revisions, escalations, repeats and silences past their end. Every
 * job it adds is idempotent (notice and delivery keys in Postgres), so re-adding one that still
 * exists costs nothing.
 */
@Injectable()
export class NotifierSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(NotifierSweeper.name);
  private readonly sweeps = new PeriodicTask(
    () => this.sweep(),
    (error) => this.log.warn({ err: error }, 'sweep failed; will retry'),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryJobs,
    private readonly timers: ThreadTimers,
    private readonly queue: JobQueue,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeps.start(this.config.NOTIFY_SWEEP_MS, { runNow: true });
  }

  /** A running sweep uses the database and Redis, which close on shutdown: it finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sweeps.stop();
  }

  /** Returns how many jobs it (re-)added. */
  async sweep(): Promise<number> {
    const deliveries = await this.dataSource.query<PendingDelivery[]>(
      `SELECT id, channel, not_before AS "notBefore" FROM deliveries
        WHERE status = 'pending' AND created_at < now() - ${GRACE} AND not_before < now() - ${GRACE}
        ORDER BY created_at LIMIT $1`,
      [BATCH, this.config.NOTIFY_SWEEP_MS],
    );
    await this.deliveries.enqueue(deliveries);
    const notices = await this.overdueNotices();
    await this.timers.schedule(notices);
    const silences = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM silences WHERE expired_at IS NULL AND ends_at < now() - ${GRACE} LIMIT $1`, [BATCH, this.config.NOTIFY_SWEEP_MS]);
    for (const { id } of silences) await this.queue.enqueue(JOBS.endSilence, { silenceId: id }, { jobId: `silence-end-${id}-swept` });
    const total = deliveries.length + notices.length + silences.length;
    if (total > 0) this.log.log({ deliveries: deliveries.length, notices: notices.length, silences: silences.length }, 're-scheduled overdue work');
    return total;
  }

  /** Untold revisions past their group wait, and deadlines, left alone for two sweeps after they were due. */
  private async overdueNotices(): Promise<DueNotice[]> {
    const now = new Date();
    const untold = await this.dataSource.query<{ id: string; revision: number; told: boolean }[]>(
      `SELECT id, revision, notified_revision IS NOT NULL AS told FROM threads
        WHERE status = 'open' AND suppressed_by IS NULL AND notified_revision IS DISTINCT FROM revision
          AND updated_at < now() - ($3::int * interval '1 millisecond') - ${GRACE}
        LIMIT $1`,
      [BATCH, this.config.NOTIFY_SWEEP_MS, this.config.NOTIFY_GROUP_WAIT_MS],
    );
    const deadlines = await dueDeadlines(this.dataSource, new Date(0), new Date(now.getTime() - 2 * this.config.NOTIFY_SWEEP_MS), BATCH);
    return [
      ...untold.map((row): DueNotice => ({ threadId: row.id, reason: row.told ? 'raised' : 'opened', revision: row.revision, round: 0, at: now })),
      ...deadlines,
    ];
  }
}
