import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EnterpriseProfileRow, RosterRow } from './roster.mapper';

/** Reads the console's published directory views (read-only; the case service never writes there). */
@Injectable()
export class DirectoryRosterReader {
  async enterprise(manager: EntityManager, enterpriseId: string): Promise<EnterpriseProfileRow | null> {
    const rows = await manager.query<EnterpriseProfileRow[]>(
      `SELECT enterprise_id, region_path, industry, group_id, jurisdiction FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    return rows[0] ?? null;
  }

  /**
   * The whole roster: one federation's mediators (tens, not thousands), and reading all of them
   * lets the assignment explain every exclusion, not only the ones a SQL filter would keep.
   */
  roster(manager: EntityManager): Promise<RosterRow[]> {
    return manager.query<RosterRow[]>(
      `SELECT mediator_id, active, unavailable, tiers, region_ids, languages, expertise, industries, capacity, conflict_enterprise_ids,
              affiliation, employment_history
         FROM directory.mediator_roster_v2
        ORDER BY mediator_id`,
    );
  }
}
