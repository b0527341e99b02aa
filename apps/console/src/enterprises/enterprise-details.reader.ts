import { Injectable } from '@nestjs/common';
import { type EnterpriseScope, enterpriseScopeSql } from '@concord/auth';
import type { ContactRole } from '@concord/routing';
import { DataSource } from 'typeorm';

export interface EnterpriseProfile {
  enterpriseId: string;
  name: string;
  registeredCode: string;
  regionId: string;
  /** county → … → the enterprise's own region */
  regionPath: string[];
  industry: string;
  headcount: number;
  groupId: string | null;
  liaisonPersonId: string;
  jurisdiction: string;
}

export interface EnterpriseContactView {
  personId: string;
  role: ContactRole;
  name: string;
  email: string | null;
  language: string;
}

export interface EnterpriseDetails {
  profile: EnterpriseProfile;
  contacts: EnterpriseContactView[];
}

const PROFILE_COLUMNS = `enterprise_id AS "enterpriseId", name, registered_code AS "registeredCode", region_id AS "regionId",
  region_path AS "regionPath", industry, headcount, group_id AS "groupId", liaison_person_id AS "liaisonPersonId", jurisdiction`;

/**
 * Reads enterprises through the directory's own published views, so the console shows exactly
 * what the other services see.
 */
@Injectable()
export class EnterpriseDetailsReader {
  constructor(private readonly dataSource: DataSource) {}

  /** The enterprises in `scope`, optionally only those in a region's subtree. */
  async profiles(scope: EnterpriseScope, regionId?: string): Promise<EnterpriseProfile[]> {
    const inScope = enterpriseScopeSql(scope, 'enterprise_id', 1);
    const params: string[] = [...inScope.params];
    let where = inScope.sql;
    if (regionId) {
      params.push(regionId);
      where += ` AND $${params.length}::uuid = ANY (region_path)`;
    }
    return await this.dataSource.query<EnterpriseProfile[]>(`SELECT ${PROFILE_COLUMNS} FROM directory.enterprise_profile_v1 WHERE ${where} ORDER BY name`, params);
  }

  async details(enterpriseId: string): Promise<EnterpriseDetails | null> {
    const profiles = await this.dataSource.query<EnterpriseProfile[]>(`SELECT ${PROFILE_COLUMNS} FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`, [
      enterpriseId,
    ]);
    if (profiles.length === 0) return null;
    const contacts = await this.dataSource.query<EnterpriseContactView[]>(
      `SELECT person_id AS "personId", role, name, email, language FROM directory.enterprise_contacts_v1 WHERE enterprise_id = $1 ORDER BY role, name`,
      [enterpriseId],
    );
    return { profile: profiles[0], contacts };
  }
}
