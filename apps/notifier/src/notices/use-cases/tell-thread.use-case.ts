import { Injectable } from '@nestjs/common';
import type { TellThreadJobV1 } from '@concord/contracts';
import type { JobOutcome } from '@concord/queue';
import { DataSource } from 'typeorm';
import { lockEnterprises } from '../../threads/thread-recorder';
import { NoticeTeller } from '../notice-teller';

/**
 * Runs one due notice of a thread (a job from ThreadTimers: a group wait ended, a repeat, an
 * escalation, a release) in a transaction under its enterprise's lock; NoticeTeller decides and
 * writes it, and its delivery jobs and next timers follow the commit.
 */
@Injectable()
export class TellThreadUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teller: NoticeTeller,
  ) {}

  async execute(job: TellThreadJobV1): Promise<JobOutcome> {
    const now = new Date();
    const told = await this.dataSource.transaction(async (manager) => {
      const [located] = await manager.query<{ enterprise_id: string }[]>(`SELECT enterprise_id FROM threads WHERE id = $1`, [job.threadId]);
      if (!located) return null;
      await lockEnterprises(manager, [located.enterprise_id]);
      return this.teller.tell(manager, [job], now);
    });
    if (!told) return 'skipped';
    await this.teller.followUp(told);
    return told.told > 0 ? 'done' : 'skipped';
  }
}
