import { Injectable } from '@nestjs/common';
import { type EndSilenceJobV1, JOBS, type TellThreadJobV1 } from '@concord/contracts';
import { JobHandler, type JobOutcome } from '@concord/queue';
import { EndSilenceUseCase } from '../../silences/use-cases/end-silence.use-case';
import { TellThreadUseCase } from '../use-cases/tell-thread.use-case';

@Injectable()
export class NoticeJobsProcessor {
  constructor(
    private readonly tellThread: TellThreadUseCase,
    private readonly endSilence: EndSilenceUseCase,
  ) {}

  @JobHandler(JOBS.tellThread)
  tell(payload: TellThreadJobV1): Promise<JobOutcome> {
    return this.tellThread.execute(payload);
  }

  @JobHandler(JOBS.endSilence)
  end(payload: EndSilenceJobV1): Promise<JobOutcome> {
    return this.endSilence.execute(payload.silenceId);
  }
}
