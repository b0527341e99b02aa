import { Injectable, Logger } from '@nestjs/common';
import { JOBS, type ReevaluationJobV1 } from '@concord/contracts';
import { JobHandler, type JobOutcome } from '@concord/queue';
import { isoDayOf } from '@concord/risk-rules';
import { RescoreEnterprisesUseCase } from '../rules/use-cases/rescore-enterprises.use-case';
import { ReevaluationScheduler } from './reevaluation.scheduler';

/**
 * Time moves risk: wages unpaid today are later tomorrow, resolved conditions decay, expiries
 * and the pre-festival season approach. Each slot re-assesses every enterprise with live or
 * recent risk as of the slot's day, then schedules the next slot.
 */
@Injectable()
export class ReevaluateRiskProcessor {
  private readonly log = new Logger(ReevaluateRiskProcessor.name);

  constructor(
    private readonly rescore: RescoreEnterprisesUseCase,
    private readonly scheduler: ReevaluationScheduler,
  ) {}

  @JobHandler(JOBS.reevaluateRisk)
  async reevaluate(payload: ReevaluationJobV1): Promise<JobOutcome> {
    const slot = new Date(payload.slot);
    const day = isoDayOf(slot);
    const outcome = await this.rescore.execute(`re-evaluation:${payload.slot}`, 'recent', day);
    this.log.log({ slot: payload.slot, enterprises: outcome.enterprises, changed: outcome.changed.length }, 'risk re-evaluated');
    await this.scheduler.scheduleAfter(slot);
    return 'done';
  }
}
