import { Injectable } from '@nestjs/common';
import { type DeliveryJobV1, JOBS } from '@concord/contracts';
import { JobHandler, type JobOutcome } from '@concord/queue';
import { DeliverInAppUseCase } from '../use-cases/deliver-in-app.use-case';
import { DeliverWebhookUseCase } from '../use-cases/deliver-webhook.use-case';

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

@Injectable()
export class DeliveryJobsProcessor {
  constructor(
    private readonly inApp: DeliverInAppUseCase,
    private readonly webhook: DeliverWebhookUseCase,
  ) {}

  @JobHandler(JOBS.deliverInApp)
  deliverInApp(payload: DeliveryJobV1): Promise<JobOutcome> {
    return this.inApp.execute(payload.deliveryId);
  }

  @JobHandler(JOBS.deliverWebhook)
  deliverWebhook(payload: DeliveryJobV1, job: JobAttempt): Promise<JobOutcome> {
    return this.webhook.execute(payload.deliveryId, isFinalAttempt(job));
  }
}
