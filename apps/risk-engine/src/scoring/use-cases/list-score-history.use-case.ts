import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type ScoreView, toScoreView } from '../risk-view.mapper';
import { ScoreHistory } from '../score-history.entity';

export const SCORE_HISTORY_LIMIT = 100;

@Injectable()
export class ListScoreHistoryUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; an enterprise never scored has an empty history. */
  async execute(enterpriseId: string): Promise<{ enterpriseId: string; items: ScoreView[] }> {
    const rows = await this.dataSource.getRepository(ScoreHistory).find({
      where: { enterpriseId },
      order: { scoredAt: 'DESC', id: 'DESC' },
      take: SCORE_HISTORY_LIMIT,
    });
    return { enterpriseId, items: rows.map(toScoreView) };
  }
}
