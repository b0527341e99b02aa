import { Injectable } from '@nestjs/common';
import { type DeliveryJobV1, JOBS } from '@concord/contracts';
import { JobHandler, type JobOutcome } from '@concord/queue';
import { DeliverUseCase } from '../use-cases/deliver.use-case';

/**
 * The part of a BullMQ job a handler needs to know whether this run is its last chance. Declared
 * here because apps may not import bullmq; the queue lib passes the job as the second argument.
 */
interface JobAttempt {
  attemptsMade: number;
  opts: { attempts?: number };
}

function isFinalAttempt(job: JobAttempt): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** One job name per channel (each with its own retry budget, see DeliveryJobs); one use case sends them all. */
@Injectable()
export class DeliveryJobsProcessor {
  constructor(private readonly deliver: DeliverUseCase) {}

  @JobHandler(JOBS.deliverWebhook)
  deliverWebhook(payload: DeliveryJobV1, job: JobAttempt): Promise<JobOutcome> {
    return this.deliver.execute(payload.deliveryId, isFinalAttempt(job));
  }

  @JobHandler(JOBS.deliverEmail)
  deliverEmail(payload: DeliveryJobV1, job: JobAttempt): Promise<JobOutcome> {
    return this.deliver.execute(payload.deliveryId, isFinalAttempt(job));
  }

  @JobHandler(JOBS.deliverSms)
  deliverSms(payload: DeliveryJobV1, job: JobAttempt): Promise<JobOutcome> {
    return this.deliver.execute(payload.deliveryId, isFinalAttempt(job));
  }
}
