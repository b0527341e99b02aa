import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { DirectoryContact } from './alert-recipients.mapper';
import type { EnterpriseRef } from './notification-content.renderer';

/** Reads the console's published directory views (read-only; the notifier never writes there). */
@Injectable()
export class EnterpriseDirectoryReader {
  async enterprise(manager: EntityManager, enterpriseId: string): Promise<EnterpriseRef | null> {
    const rows = await manager.query<EnterpriseRef[]>(
      `SELECT enterprise_id AS id, name FROM directory.enterprise_profile_v1 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
    return rows[0] ?? null;
  }

  contacts(manager: EntityManager, enterpriseId: string): Promise<DirectoryContact[]> {
    return manager.query<DirectoryContact[]>(
      `SELECT person_id AS "personId", role FROM directory.enterprise_contacts_v1 WHERE enterprise_id = $1`,
      [enterpriseId],
    );
  }
}
