import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { lockEnterprises } from '../../threads/thread-recorder';

export interface Acknowledgement {
  threadId: string;
  acknowledgedAt: Date;
  acknowledgedBy: string;
  /** false when someone had acknowledged it already (the first acknowledgement stands). */
  first: boolean;
}

/**
 * Someone took the thread on: its escalation and repeat stop. Its deadlines are cleared, so the
 * DeadlineClock fires neither; a notice job already due runs anyway and, finding the thread
 * acknowledged, tells nobody.
 */
@Injectable()
export class AcknowledgeThreadUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(threadId: string, by: string): Promise<Acknowledgement> {
    const result = await this.dataSource.transaction(async (manager) => {
      const [located] = await manager.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE id = $1`, [threadId]);
      if (!located) throw new NotFoundException(`no notification thread ${threadId}`);
      await lockEnterprises(manager, [located.enterprise_id]);
      const [thread] = await manager.query<{ acknowledged_at: Date | null; acknowledged_by: string | null }[]>(
        `SELECT acknowledged_at, acknowledged_by FROM threads WHERE id = $1 FOR UPDATE`,
        [threadId],
      );
      if (thread.acknowledged_at) return { first: false, at: thread.acknowledged_at, by: thread.acknowledged_by ?? by };
      const now = new Date();
      await manager.query(`UPDATE threads SET acknowledged_at = $2, acknowledged_by = $3, escalate_at = NULL, repeat_at = NULL WHERE id = $1`, [threadId, now, by]);
      return { first: true, at: now, by };
    });
    return { threadId, acknowledgedAt: result.at, acknowledgedBy: result.by, first: result.first };
  }
}
