import { Injectable } from '@nestjs/common';
import type { Jurisdiction } from '@concord/risk-rules';
import type { EntityManager } from 'typeorm';
import type { EnterpriseRef } from './notification-content.renderer';

/** An enterprise as the notifier routes it: where it sits in the region tree and whose law applies. */
export interface RoutedEnterprise extends EnterpriseRef {
  /** county → … → the enterprise's own region */
  regionPath: string[];
  jurisdiction: Jurisdiction;
}

/** One person in one role for an enterprise, with how to reach them. */
export interface ReachableContact {
  personId: string;
  role: string;
  name: string;
  email: string | null;
  phone: string | null;
  language: 'zh-CN' | 'en';
}

/** Reads the console's published directory views (read-only; the notifier never writes there). */
@Injectable()
export class EnterpriseDirectoryReader {
  /** The enterprise, or a stand-in named by its id when the directory does not know it (it is still told). */
  async enterprise(manager: EntityManager, enterpriseId: string): Promise<RoutedEnterprise> {
    const rows = await manager.query<RoutedEnterprise[]>(
      `SELECT enterprise_id AS id, name, region_path AS "regionPath", jurisdiction FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    return rows[0] ?? { id: enterpriseId, name: enterpriseId, regionPath: [], jurisdiction: 'CN' };
  }

  contacts(manager: EntityManager, enterpriseId: string): Promise<ReachableContact[]> {
    return manager.query<ReachableContact[]>(
      `SELECT person_id AS "personId", role, name, email, phone, language FROM directory.enterprise_contacts_v2 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
  }
}
