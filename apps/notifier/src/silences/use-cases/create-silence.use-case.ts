import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JOBS } from '@concord/contracts';
import { DomainError } from '@concord/platform';
import { JobQueue } from '@concord/queue';
import { type Silence, silenceProblems } from '@concord/routing';
import { DataSource } from 'typeorm';

export type NewSilence = Omit<Silence, 'id' | 'createdBy'>;

/**
 * Records a silence and schedules its end (a delayed job with the silence's id, which the
 * sweeper backs up): when it ends, the threads it muted are told again.
 */
@Injectable()
export class CreateSilenceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  async execute(input: NewSilence, createdBy: string): Promise<Silence> {
    const silence: Silence = { ...input, id: randomUUID(), createdBy };
    const problems = silenceProblems(silence);
    if (problems.length > 0) throw new DomainError('validation_failed', 'the silence is not valid', problems);
    await this.dataSource.query(
      `INSERT INTO silences (id, enterprise_id, region_id, category, max_level, starts_at, ends_at, reason, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [silence.id, silence.enterpriseId, silence.regionId, silence.category, silence.maxLevel, silence.startsAt, silence.endsAt, silence.reason, createdBy],
    );
    await this.queue.enqueue(JOBS.endSilence, { silenceId: silence.id }, { jobId: `silence-end-${silence.id}`, delayMs: Math.max(0, silence.endsAt.getTime() - Date.now()) });
    return silence;
  }
}
