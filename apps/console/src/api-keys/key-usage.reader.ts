import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Reads when keys were last used from the ingest API's published view `ingest.api_key_usage_v1`.
 * The console works without it (a directory-only deployment, or before ingest-api has migrated):
 * every key then shows as never used.
 */
@Injectable()
export class KeyUsageReader {
  constructor(private readonly dataSource: DataSource) {}

  async lastUsed(keyIds: string[]): Promise<Map<string, Date>> {
    if (keyIds.length === 0) return new Map();
    const [{ published }] = await this.dataSource.query<{ published: boolean }[]>(`SELECT to_regclass('ingest.api_key_usage_v1') IS NOT NULL AS published`);
    if (!published) return new Map();
    const rows = await this.dataSource.query<{ key_id: string; last_used_at: Date }[]>(
      `SELECT key_id, last_used_at FROM ingest.api_key_usage_v1 WHERE key_id = ANY($1::uuid[])`,
      [keyIds],
    );
    return new Map(rows.map((row) => [row.key_id, row.last_used_at]));
  }
}
