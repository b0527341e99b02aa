import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { preparedStatement, runPrepared } from '@concord/database';
import { DataSource } from 'typeorm';

export interface KeyOwner {
  keyId: string;
  enterpriseId: string;
}

const CACHE_TTL_MS = 10_000;

const KEY_OWNER = preparedStatement(
  'ingest.key-owner',
  `SELECT key_id AS "keyId", enterprise_id AS "enterpriseId" FROM directory.api_key_credentials_v1 WHERE key_hash = $1 AND active`,
);

/**
 * Resolves an enterprise API key to its enterprise through the directory's read-only view
 * `directory.api_key_credentials_v1`. Keys are stored as SHA-256 digests (they are long random
 * tokens, so a slow hash adds nothing); a short cache keeps the hot path off the database while
 * a revocation still takes effect within seconds.
 */
@Injectable()
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { owner: KeyOwner | null; expires: number }>();

  constructor(private readonly dataSource: DataSource) {}

  async verify(presentedKey: string): Promise<KeyOwner | null> {
    const digest = createHash('sha256').update(presentedKey).digest('hex');
    const cached = this.cache.get(digest);
    if (cached && cached.expires > Date.now()) return cached.owner;
    const rows = await runPrepared<KeyOwner>(this.dataSource.manager, KEY_OWNER, [digest]);
    const owner = rows[0] ?? null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(digest, { owner, expires: Date.now() + CACHE_TTL_MS });
    return owner;
  }
}
