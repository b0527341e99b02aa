import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockEnterprises } from '../../threads/thread-recorder';
import { ThreadTimers } from '../../threads/thread-timers';

export interface Acknowledgement {
  threadId: string;
  acknowledgedAt: Date;
  acknowledgedBy: string;
  /** false when someone had acknowledged it already (the first acknowledgement stands). */
  first: boolean;
}

/**
 * Someone took the thread on: its escalation and repeat stop. The pending jobs are cancelled by
 * their fixed ids; one that runs anyway (cancelled too late, or scheduled by the sweeper) finds
 * the thread acknowledged and tells nobody.
 */
@Injectable()
export class AcknowledgeThreadUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timers: ThreadTimers,
  ) {}

  async execute(threadId: string, by: string): Promise<Acknowledgement> {
    const result = await this.dataSource.transaction(async (manager) => {
      const [located] = await manager.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE id = $1`, [threadId]);
      if (!located) throw new NotFoundException(`no notification thread ${threadId}`);
      await lockEnterprises(manager, [located.enterprise_id]);
      const [thread] = await manager.query<{ revision: number; escalation_step: number; repeat_round: number; acknowledged_at: Date | null; acknowledged_by: string | null }[]>(
        `SELECT revision, escalation_step, repeat_round, acknowledged_at, acknowledged_by FROM threads WHERE id = $1 FOR UPDATE`,
        [threadId],
      );
      if (thread.acknowledged_at) return { thread, first: false, at: thread.acknowledged_at, by: thread.acknowledged_by ?? by };
      const now = new Date();
      await manager.query(`UPDATE threads SET acknowledged_at = $2, acknowledged_by = $3, escalate_at = NULL, repeat_at = NULL WHERE id = $1`, [threadId, now, by]);
      return { thread, first: true, at: now, by };
    });
    if (result.first) {
      const { revision, escalation_step: step, repeat_round: repeatRound } = result.thread;
      await this.timers.cancel([
        { threadId, reason: 'escalated', revision, round: step + 1 },
        { threadId, reason: 'repeat', revision, round: repeatRound },
      ]);
    }
    return { threadId, acknowledgedAt: result.at, acknowledgedBy: result.by, first: result.first };
  }
}
