import { Injectable } from '@nestjs/common';
import { type BacktestReport, INDICATOR_CATALOG, type RecordedEnterprise, backtest, legalProfileFor } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { readEnterpriseHistories } from '../../scoring/readers/enterprise-history.reader';
import { readEnterpriseProfiles } from '../../scoring/readers/enterprise-profile.reader';
import { audit, draftVersion, publishedVersion } from '../rule-set-store';

export interface BacktestOutcome extends BacktestReport {
  liveVersion: number;
  draftVersion: number;
}

/**
 * Replays every enterprise's recorded history through the published rule set and the draft and
 * reports which enterprises would change level, and from when. Reads in one repeatable-read
 * snapshot, so the report is consistent while events keep arriving.
 */
@Injectable()
export class BacktestDraftUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(actor: string): Promise<BacktestOutcome> {
    const outcome = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const [live, draft] = [await publishedVersion(manager), await draftVersion(manager)];
      const ids = (await manager.query<{ enterprise_id: string }[]>(`SELECT DISTINCT enterprise_id FROM events ORDER BY 1`)).map((row) => row.enterprise_id);
      const recorded = await recordedEnterprises(manager, ids);
      return { liveVersion: live.version, draftVersion: draft.version, ...backtest(recorded, live.body, draft.body, INDICATOR_CATALOG) };
    });
    await this.dataSource.transaction((manager) =>
      audit(manager, { version: outcome.draftVersion, action: 'backtested', actor, details: { liveVersion: outcome.liveVersion, enterprises: outcome.enterprises, changes: outcome.changes.length } }),
    );
    return outcome;
  }
}

/** Every enterprise's history and profile, in one query each rather than two per enterprise. */
async function recordedEnterprises(manager: EntityManager, enterpriseIds: string[]): Promise<RecordedEnterprise[]> {
  const [histories, profiles] = [await readEnterpriseHistories(manager, enterpriseIds), await readEnterpriseProfiles(manager, enterpriseIds)];
  return enterpriseIds.map((id) => {
    const { profile } = profiles.get(id) as NonNullable<ReturnType<typeof profiles.get>>;
    return { history: histories.get(id) as NonNullable<ReturnType<typeof histories.get>>, profile, legal: legalProfileFor(profile.jurisdiction) };
  });
}
