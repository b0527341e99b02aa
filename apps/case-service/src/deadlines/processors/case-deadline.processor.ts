import { Injectable } from '@nestjs/common';
import { type CaseDeadlineJobV1, JOBS } from '@concord/contracts';
import { JobHandler, type JobOutcome } from '@concord/queue';
import { FireCaseDeadlineUseCase } from '../use-cases/fire-case-deadline.use-case';

@Injectable()
export class CaseDeadlineProcessor {
  constructor(private readonly fire: FireCaseDeadlineUseCase) {}

  @JobHandler(JOBS.caseDeadline)
  async run(job: CaseDeadlineJobV1): Promise<JobOutcome> {
    return (await this.fire.execute(job)).done ? 'done' : 'skipped';
  }
}
