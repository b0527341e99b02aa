import { Injectable, Logger } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { claimEvents } from '@concord/database';
import { DataSource } from 'typeorm';
import { ThreadRecorder, lockEnterprise } from '../../threads/thread-recorder';
import { ThreadTimers } from '../../threads/thread-timers';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;

export interface NotifyOutcome {
  recorded: number;
  duplicates: number;
}

const CONSUMER = 'notifier.risk-alerts';

/**
 * Files a fetched batch of alert revisions into their threads, exactly once per event id (the
 * inbox claims commit with the threads), in arrival order, then schedules the notices that fell
 * due. Telling people is the notices' job, so a flood of revisions costs one notice per thread and
 * group wait. If the process dies between the commit and the scheduling, the sweeper finds the
 * untold threads.
 */
@Injectable()
export class NotifyAlertUseCase {
  private readonly log = new Logger(NotifyAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: ThreadRecorder,
    private readonly timers: ThreadTimers,
  ) {}

  async execute(events: readonly RiskAlertEvent[]): Promise<NotifyOutcome> {
    const now = new Date();
    const { fresh, due } = await this.dataSource.transaction(async (manager) => {
      const claimed = new Set(await claimEvents(manager, CONSUMER, events.map((event) => event.id)));
      // Deleting as it goes also drops a second copy of one id within the batch.
      const fresh = events.filter((event) => claimed.delete(event.id));
      // Every enterprise of the batch locked up front, in id order: no deadlock with another batch.
      for (const enterpriseId of [...new Set(fresh.map((event) => event.data.enterpriseId))].sort()) await lockEnterprise(manager, enterpriseId);
      const due = [];
      for (const event of fresh) due.push(...(await this.recorder.record(manager, event.data, now)));
      return { fresh, due };
    });
    try {
      await this.timers.schedule(due);
    } catch (error) {
      // Committed already: throwing would only make Kafka redeliver events the inbox now skips.
      this.log.warn({ err: error, alerts: fresh.length }, 'scheduling notices failed; the sweeper will tell the threads');
    }
    return { recorded: fresh.length, duplicates: events.length - fresh.length };
  }
}
