import { Injectable, Logger } from '@nestjs/common';
import type { TopicEvent } from '@concord/contracts';
import { claimEvent } from '@concord/database';
import { DataSource } from 'typeorm';
import { ThreadRecorder } from '../../threads/thread-recorder';
import { ThreadTimers } from '../../threads/thread-timers';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;
export type NotifyOutcome = 'recorded' | 'duplicate';

const CONSUMER = 'notifier.risk-alerts';

/**
 * Files one alert revision into its threads, exactly once per event id (the inbox claim commits
 * with the threads), then schedules the notices that fell due. Telling people is the notices'
 * job, so a flood of revisions costs one notice per thread and group wait. If the process dies
 * between the commit and the scheduling, the sweeper finds the untold threads.
 */
@Injectable()
export class NotifyAlertUseCase {
  private readonly log = new Logger(NotifyAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: ThreadRecorder,
    private readonly timers: ThreadTimers,
  ) {}

  async execute(event: RiskAlertEvent): Promise<NotifyOutcome> {
    const due = await this.dataSource.transaction(async (manager) => {
      if (!(await claimEvent(manager, CONSUMER, event.id))) return null;
      return this.recorder.record(manager, event.data, new Date());
    });
    if (!due) return 'duplicate';
    try {
      await this.timers.schedule(due);
    } catch (error) {
      // Committed already: throwing would only make Kafka redeliver an event the inbox now skips.
      this.log.warn({ err: error, alertId: event.data.alertId }, 'scheduling notices failed; the sweeper will tell the threads');
    }
    return 'recorded';
  }
}
