import { Injectable } from '@nestjs/common';
import type { JobOutcome } from '@concord/queue';
import { DataSource } from 'typeorm';
import { ThreadTimers } from '../../threads/thread-timers';

/**
 * A silence reached its end (or was lifted): every open thread it muted is told again, as a
 * release. Marking the silence expired first makes a second run find nothing to release.
 */
@Injectable()
export class EndSilenceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timers: ThreadTimers,
  ) {}

  async execute(silenceId: string): Promise<JobOutcome> {
    const now = new Date();
    const released = await this.dataSource.transaction(async (manager) => {
      const ended = await manager.query<{ id: string }[]>(
        `WITH ended AS (
           UPDATE silences SET expired_at = $2, ends_at = LEAST(ends_at, $2) WHERE id = $1 AND expired_at IS NULL AND ends_at <= $2::timestamptz + interval '1 second' RETURNING id)
         SELECT id FROM ended`,
        [silenceId, now],
      );
      if (ended.length === 0) return null;
      return manager.query<{ id: string; revision: number }[]>(`SELECT id, revision FROM threads WHERE status = 'open' AND suppressed_by = $1`, [`silenced:${silenceId}`]);
    });
    if (!released) return 'skipped';
    await this.timers.schedule(released.map((thread) => ({ threadId: thread.id, reason: 'released', revision: thread.revision, round: now.getTime(), at: now })));
    return 'done';
  }
}
