import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Resolves a registered code through the directory's read-only view `directory.enterprise_profile_v1`. */
@Injectable()
export class RegisteredEnterprises {
  constructor(private readonly dataSource: DataSource) {}

  async idByCode(registeredCode: string): Promise<string | undefined> {
    const rows = await this.dataSource.query<{ enterpriseId: string }[]>(
      `SELECT enterprise_id AS "enterpriseId" FROM directory.enterprise_profile_v1 WHERE registered_code = $1 LIMIT 1`,
      [registeredCode],
    );
    return rows[0]?.enterpriseId;
  }
}
