import type { EntityManager } from 'typeorm';
import { generateApiKey } from './api-key-secret';
import { ApiKey } from './api-key.entity';

export interface IssuedApiKey {
  keyId: string;
  /** Shown this once; only its digest is kept. */
  key: string;
  prefix: string;
}

/** Creates a key for an enterprise inside the caller's transaction; the clear key is returned, never stored. */
export async function issueKey(manager: EntityManager, enterpriseId: string, label: string, issuedBy: string | null): Promise<IssuedApiKey> {
  const secret = generateApiKey();
  const keys = manager.getRepository(ApiKey);
  const stored = await keys.save(keys.create({ enterpriseId, keyHash: secret.hash, keyPrefix: secret.prefix, label, createdBy: issuedBy }));
  return { keyId: stored.id, key: secret.key, prefix: secret.prefix };
}
