import { Injectable } from '@nestjs/common';
import type { MediatorAffiliation, MediatorTier } from '@concord/assignment';
import { DataSource } from 'typeorm';
import type { EmploymentRecord } from './mediator.entity';

export interface RosterEntry {
  mediatorId: string;
  name: string;
  active: boolean;
  unavailable: boolean;
  tiers: MediatorTier[];
  regionIds: string[];
  languages: string[];
  expertise: string[];
  industries: string[];
  capacity: number;
  conflictEnterpriseIds: string[];
  affiliation: MediatorAffiliation | null;
  employmentHistory: EmploymentRecord[];
}

const ROSTER_COLUMNS = `mediator_id AS "mediatorId", name, active, unavailable, tiers, region_ids AS "regionIds", languages, expertise,
  industries, capacity, conflict_enterprise_ids AS "conflictEnterpriseIds", affiliation, employment_history AS "employmentHistory"`;

/** The roster as the case service reads it: through the published view. */
@Injectable()
export class MediatorRosterReader {
  constructor(private readonly dataSource: DataSource) {}

  async all(): Promise<RosterEntry[]> {
    return await this.dataSource.query<RosterEntry[]>(`SELECT ${ROSTER_COLUMNS} FROM directory.mediator_roster_v2 ORDER BY name`);
  }

  async one(mediatorId: string): Promise<RosterEntry | null> {
    const rows = await this.dataSource.query<RosterEntry[]>(`SELECT ${ROSTER_COLUMNS} FROM directory.mediator_roster_v2 WHERE mediator_id = $1`, [
      mediatorId,
    ]);
    return rows[0] ?? null;
  }
}
