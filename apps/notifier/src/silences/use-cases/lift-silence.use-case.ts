import { Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EndSilenceUseCase } from './end-silence.use-case';

/** Ends a silence now (staff changed their mind): the same as its expiry, a moment early. */
@Injectable()
export class LiftSilenceUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly endSilence: EndSilenceUseCase,
  ) {}

  async execute(silenceId: string): Promise<void> {
    const rows = await this.dataSource.query<{ id: string }[]>(`WITH lifted AS (UPDATE silences SET ends_at = LEAST(ends_at, now()) WHERE id = $1 AND expired_at IS NULL RETURNING id) SELECT id FROM lifted`, [silenceId]);
    if (rows.length === 0) throw new NotFoundException(`no active silence ${silenceId}`);
    await this.endSilence.execute(silenceId);
  }
}
