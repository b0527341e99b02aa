import { SetMetadata } from '@nestjs/common';
import type { JobName } from '@concord/contracts';

export const JOB_HANDLER = 'concord:job-handler';

/** Marks the method that runs a job; the queue module refuses to boot unless each job has exactly one. */
export const JobHandler = (job: JobName) => SetMetadata(JOB_HANDLER, job);

/** What a handler did; it throws only to ask BullMQ for a retry. */
export type JobOutcome = 'done' | 'skipped';
