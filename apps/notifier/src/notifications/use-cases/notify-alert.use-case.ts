import { Injectable, Logger } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { claimEvents } from '@concord/database';
import { DataSource } from 'typeorm';
import { NoticeTeller } from '../../notices/notice-teller';
import { ThreadRecorder, lockEnterprises } from '../../threads/thread-recorder';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;

export interface NotifyOutcome {
  recorded: number;
  duplicates: number;
}

const CONSUMER = 'notifier.risk-alerts';

/**
 * Files a fetched batch of alert revisions into their threads, exactly once per event id (the
 * inbox claims commit with the threads), in arrival order. Notices due at once (a RED, a raised
 * level, a new trigger, a release) are told in the same transaction, for the whole batch at once;
 * those due later (a new thread's group wait) are scheduled after the commit, so a flood of
 * revisions costs one notice per thread and group wait. If the process dies between the commit
 * and the scheduling, the sweeper finds the untold threads and the pending deliveries.
 */
@Injectable()
export class NotifyAlertUseCase {
  private readonly log = new Logger(NotifyAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: ThreadRecorder,
    private readonly teller: NoticeTeller,
  ) {}

  async execute(events: readonly RiskAlertEvent[]): Promise<NotifyOutcome> {
    const now = new Date();
    const { fresh, told, later } = await this.dataSource.transaction(async (manager) => {
      const claimed = new Set(await claimEvents(manager, CONSUMER, events.map((event) => event.id)));
      // Deleting as it goes also drops a second copy of one id within the batch.
      const fresh = events.filter((event) => claimed.delete(event.id));
      // Every enterprise of the batch locked up front: no deadlock with another batch.
      await lockEnterprises(manager, fresh.map((event) => event.data.enterpriseId));
      const due = await this.recorder.record(manager, fresh.map((event) => event.data), now);
      const told = await this.teller.tell(manager, due.filter((notice) => notice.at <= now), now);
      return { fresh, told, later: due.filter((notice) => notice.at > now) };
    });
    try {
      await this.teller.followUp(told, later);
    } catch (error) {
      // Committed already: throwing would only make Kafka redeliver events the inbox now skips.
      this.log.warn({ err: error, alerts: fresh.length }, 'scheduling deliveries or notices failed; the sweeper will');
    }
    return { recorded: fresh.length, duplicates: events.length - fresh.length };
  }
}
