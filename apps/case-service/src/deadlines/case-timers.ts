import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CaseState, type CaseTimer, dueTimers } from '@concord/case-workflow';
import { JOBS } from '@concord/contracts';
import { JobQueue, type JobToEnqueue } from '@concord/queue';
import { CASE_CLOCK, CASE_DEADLINE_SETTINGS, type CaseClock, type CaseDeadlineSettings } from './case-deadline.config';

/** Retries for a job that ran early (hosts' clocks differ) or hit a database error: about 17 minutes in all. */
const ATTEMPTS = 10;
const BACKOFF_MS = 1_000;

/**
 * Puts a case's timers on the queue as BullMQ delayed jobs with the fixed ids of
 * @concord/case-workflow's dueTimers. Called after the commit that stored the state: a crash
 * between the two loses nothing, the sweeper finds the overdue timer in Postgres. Timers the case
 * no longer has are left in the queue; their job finds them gone and skips.
 */
@Injectable()
export class CaseTimers {
  private readonly log = new Logger(CaseTimers.name);

  constructor(
    private readonly queue: JobQueue,
    @Inject(CASE_DEADLINE_SETTINGS) private readonly settings: CaseDeadlineSettings,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  /** The timers a case has now (overdue ones included). */
  of(state: CaseState): CaseTimer[] {
    return dueTimers(state, this.settings.options);
  }

  /** Schedules every timer of the states; never throws: the request or job that committed them has succeeded. */
  async scheduleAfterCommit(states: readonly CaseState[]): Promise<void> {
    const timers = states.flatMap((state) => this.of(state).map((timer) => ({ caseId: state.caseId, timer })));
    try {
      await this.enqueue(timers);
    } catch (error) {
      this.log.warn({ err: error, cases: states.map((s) => s.caseId) }, 'could not schedule case timers; the sweeper will enqueue them once due');
    }
  }

  /**
   * Enqueues timers; `suffix` gives re-created jobs an id of their own, since BullMQ ignores an
   * id it still holds (a completed job is kept a day).
   */
  async enqueue(timers: readonly { caseId: string; timer: CaseTimer }[], suffix = ''): Promise<void> {
    if (timers.length === 0) return;
    const now = this.clock.now().getTime();
    const jobs: JobToEnqueue[] = timers.map(({ caseId, timer }) => ({
      job: JOBS.caseDeadline,
      payload: { caseId, kind: timer.kind, at: timer.at.toISOString() },
      options: { jobId: `${timer.jobId}${suffix}`, delayMs: Math.max(0, timer.at.getTime() - now), attempts: ATTEMPTS, backoffMs: BACKOFF_MS },
    }));
    await this.queue.enqueueMany(jobs);
  }
}
