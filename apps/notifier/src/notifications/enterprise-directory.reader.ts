import { Injectable } from '@nestjs/common';
import { preparedStatement, runPrepared } from '@concord/database';
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

const ENTERPRISES = preparedStatement(
  'notify.enterprises',
  `SELECT enterprise_id AS id, name, region_path AS "regionPath", jurisdiction FROM directory.enterprise_profile_v1 WHERE enterprise_id = ANY($1::uuid[])`,
);
const CONTACTS = preparedStatement(
  'notify.contacts',
  `SELECT enterprise_id AS "enterpriseId", person_id AS "personId", role, name, email, phone, language FROM directory.enterprise_contacts_v2 WHERE enterprise_id = ANY($1::uuid[])`,
);

/** Reads the console's published directory views (read-only; the notifier never writes there). */
@Injectable()
export class EnterpriseDirectoryReader {
  /** Each enterprise, or a stand-in named by its id when the directory does not know it (it is still told). */
  async enterprises(manager: EntityManager, enterpriseIds: readonly string[]): Promise<Map<string, RoutedEnterprise>> {
    const rows = await runPrepared<RoutedEnterprise>(manager, ENTERPRISES, [enterpriseIds]);
    const known = new Map(rows.map((row) => [row.id, row]));
    return new Map(enterpriseIds.map((id) => [id, known.get(id) ?? { id, name: id, regionPath: [], jurisdiction: 'CN' }]));
  }

  /** Every contact row of the enterprises, by enterprise. */
  async contacts(manager: EntityManager, enterpriseIds: readonly string[]): Promise<Map<string, ReachableContact[]>> {
    const rows = await runPrepared<ReachableContact & { enterpriseId: string }>(manager, CONTACTS, [enterpriseIds]);
    const byEnterprise = new Map<string, ReachableContact[]>(enterpriseIds.map((id) => [id, []]));
    for (const { enterpriseId, ...contact } of rows) byEnterprise.get(enterpriseId)?.push(contact);
    return byEnterprise;
  }
}
