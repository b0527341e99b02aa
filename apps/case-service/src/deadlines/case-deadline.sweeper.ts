import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { CaseTimer } from '@concord/case-workflow';
import { PeriodicTask } from '@concord/platform';
import { DataSource } from 'typeorm';
import { caseStateFromJson } from '../cases/case-state.codec';
import { CASE_CLOCK, CASE_DEADLINE_SETTINGS, type CaseClock, type CaseDeadlineSettings } from './case-deadline.config';
import { CaseTimers } from './case-timers';

const PAGE = 1_000;
/** Stages in which a case has no timer (dueTimers lists none): not worth reading. */
const TIMERLESS = ['closed', 'arbitration'];

/**
 * Postgres holds every case's state; Redis only its timers. After a crash between a commit and
 * the enqueue after it, or a Redis that lost its data, the sweeper finds the timers that are
 * overdue by the cases' states and have not fired (case_timer_firings), and enqueues them again
 * under ids of their own. The job re-checks under the case's lock and claims the firing, so one
 * that was merely late acts once.
 */
@Injectable()
export class CaseDeadlineSweeper implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(CaseDeadlineSweeper.name);
  private readonly sweeps = new PeriodicTask(
    () => this.sweep(),
    (error) => this.log.warn({ err: error }, 'case deadline sweep failed; will retry'),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly timers: CaseTimers,
    @Inject(CASE_DEADLINE_SETTINGS) private readonly settings: CaseDeadlineSettings,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeps.start(this.settings.sweepMs, { runNow: true });
  }

  /** A running sweep uses the database and Redis, which close on shutdown: it finishes first. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.sweeps.stop();
  }

  /** Returns how many overdue timers it enqueued again. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.dataSource.query<{ id: string; state: unknown }[]>(
        `SELECT id, state FROM cases WHERE status <> ALL ($1::text[]) AND id > $2 ORDER BY id LIMIT $3`,
        [TIMERLESS, after, PAGE],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].id;
      const overdue: { caseId: string; timer: CaseTimer }[] = rows.flatMap((row) =>
        this.timers
          .of(caseStateFromJson(row.state))
          .filter((timer) => timer.at <= now)
          .map((timer) => ({ caseId: row.id, timer })),
      );
      if (overdue.length === 0) continue;
      const fired = await this.dataSource.query<{ timer_id: string }[]>(`SELECT timer_id FROM case_timer_firings WHERE timer_id = ANY ($1::text[])`, [
        overdue.map((o) => o.timer.jobId),
      ]);
      const done = new Set(fired.map((f) => f.timer_id));
      const lost = overdue.filter((o) => !done.has(o.timer.jobId));
      await this.timers.enqueue(lost, '-swept');
      total += lost.length;
    }
    if (total > 0) this.log.log({ timers: total }, 're-enqueued overdue case timers');
    return total;
  }
}
