import { Inject, Injectable } from '@nestjs/common';
import { JOBS, type TellThreadJobV1 } from '@concord/contracts';
import { JobQueue } from '@concord/queue';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';

/** A notice of a thread to run at a time: now, after the group wait, at a deadline. */
export interface DueNotice extends TellThreadJobV1 {
  at: Date;
}

/** A notice job has few attempts: its work is idempotent, and the sweeper re-runs anything overdue. */
const NOTICE_RETRY = { attempts: 3, backoffMs: 1_000 };

/**
 * BullMQ jobs that tell threads, delayed until they are due, with ids fixed by thread, reason,
 * revision and round: scheduling the same notice twice adds one job. Escalation deadlines and
 * repeat reminders are not scheduled ahead: the DeadlineClock fires them from Postgres.
 */
@Injectable()
export class ThreadTimers {
  constructor(
    private readonly queue: JobQueue,
    @Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig,
  ) {}

  static jobId({ threadId, reason, revision, round }: TellThreadJobV1): string {
    return `tell-${threadId}-${reason}-r${revision}-n${round}`;
  }

  async schedule(notices: readonly DueNotice[]): Promise<void> {
    await this.queue.enqueueMany(
      notices.map(({ at, ...job }) => ({
        job: JOBS.tellThread,
        payload: job,
        options: { jobId: ThreadTimers.jobId(job), delayMs: Math.max(0, at.getTime() - Date.now()), ...NOTICE_RETRY },
      })),
    );
  }

  groupWaitMs(level: string): number {
    // A RED cannot wait for company: it goes out at once.
    return level === 'RED' ? 0 : this.config.NOTIFY_GROUP_WAIT_MS;
  }
}
