import { Injectable } from '@nestjs/common';
import { type BacktestReport, INDICATOR_CATALOG, type RecordedEnterprise, backtest, legalProfileFor } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { readEnterpriseHistory } from '../../scoring/readers/enterprise-history.reader';
import { readEnterpriseProfile } from '../../scoring/readers/enterprise-profile.reader';
import { audit, draftVersion, publishedVersion } from '../rule-set-store';

export interface BacktestOutcome extends BacktestReport {
  liveVersion: number;
  draftVersion: number;
}

/**
 * Replays every enterprise's recorded history through the published rule set and the draft and
 * reports which enterprises would change level, and from when. Reads one enterprise at a time in
 * one repeatable-read snapshot, so the report is consistent while events keep arriving.
 */
@Injectable()
export class BacktestDraftUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(actor: string): Promise<BacktestOutcome> {
    const outcome = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [live, draft] = [await publishedVersion(manager), await draftVersion(manager)];
      const ids = await manager.query<{ enterprise_id: string }[]>(`SELECT DISTINCT enterprise_id FROM events ORDER BY 1`);
      const recorded: RecordedEnterprise[] = [];
      for (const { enterprise_id: id } of ids) recorded.push(await recordedEnterprise(manager, id));
      return { liveVersion: live.version, draftVersion: draft.version, ...backtest(recorded, live.body, draft.body, INDICATOR_CATALOG) };
    });
    await this.dataSource.transaction((manager) =>
      audit(manager, { version: outcome.draftVersion, action: 'backtested', actor, details: { liveVersion: outcome.liveVersion, enterprises: outcome.enterprises, changes: outcome.changes.length } }),
    );
    return outcome;
  }
}

async function recordedEnterprise(manager: EntityManager, enterpriseId: string): Promise<RecordedEnterprise> {
  const history = await readEnterpriseHistory(manager, enterpriseId);
  const { profile } = await readEnterpriseProfile(manager, enterpriseId);
  return { history, profile, legal: legalProfileFor(profile.jurisdiction) };
}
