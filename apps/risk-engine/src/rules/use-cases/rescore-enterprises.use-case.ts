import { Injectable } from '@nestjs/common';
import { OutboxRelay } from '@concord/kafka';
import type { Level } from '@concord/risk-rules';
import { DataSource } from 'typeorm';
import { EnterpriseScorer } from '../../scoring/enterprise-scorer';
import { countEmittedAlerts } from '../../scoring/scoring-metrics';

/** Enterprises per transaction: each holds its locks briefly, and a failure redoes little. */
const CHUNK = 200;

export interface RescoreOutcome {
  enterprises: number;
  /** Enterprises whose level moved, with the levels before and after. */
  changed: { enterpriseId: string; from: Level; to: Level }[];
}

/**
 * Re-assesses enterprises after something other than an event changed their risk (a publish, a
 * rollback, the passing of time), in transactions of a few hundred enterprises, and alerts as any
 * score does.
 */
@Injectable()
export class RescoreEnterprisesUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scorer: EnterpriseScorer,
    private readonly outboxRelay: OutboxRelay,
  ) {}

  /**
   * @param which every enterprise with recorded events, or those whose risk can still move with
   *   time: not at GREEN, or with events in the recency window (180 days before `asOf`)
   * @param asOf assess as of this day, or each enterprise's latest business day if that is later
   */
  async execute(trigger: string, which: 'all' | 'recent', asOf?: string): Promise<RescoreOutcome> {
    const rows = await this.dataSource.query<{ enterprise_id: string }[]>(
      which === 'all'
        ? `SELECT DISTINCT enterprise_id FROM events ORDER BY 1`
        : `SELECT enterprise_id FROM enterprise_risk WHERE level <> 'GREEN'
           UNION SELECT enterprise_id FROM events WHERE business_time > $1::date - 180
           ORDER BY 1`,
      which === 'all' ? [] : [asOf],
    );
    const changed: RescoreOutcome['changed'] = [];
    for (let start = 0; start < rows.length; start += CHUNK) {
      const ids = rows.slice(start, start + CHUNK).map((row) => row.enterprise_id);
      const scored = await this.dataSource.transaction(async (manager) => {
        await this.scorer.lock(manager, ids);
        return this.scorer.score(manager, ids.map((enterpriseId) => ({ enterpriseId, trigger })), asOf);
      });
      countEmittedAlerts(scored);
      for (const result of scored) {
        if (result.assessment.level !== result.previousLevel) changed.push({ enterpriseId: result.enterpriseId, from: result.previousLevel, to: result.assessment.level });
      }
    }
    this.outboxRelay.nudge();
    return { enterprises: rows.length, changed };
  }
}
