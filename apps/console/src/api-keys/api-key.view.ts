import type { ApiKey } from './api-key.entity';

/** A key as listed: never its secret or digest. */
export interface ApiKeyView {
  keyId: string;
  prefix: string;
  label: string;
  active: boolean;
  createdAt: Date;
  createdBy: string | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export function toApiKeyView(key: ApiKey): ApiKeyView {
  return {
    keyId: key.id,
    prefix: key.keyPrefix,
    label: key.label,
    active: key.revokedAt === null,
    createdAt: key.createdAt,
    createdBy: key.createdBy,
    revokedAt: key.revokedAt,
    lastUsedAt: key.lastUsedAt,
  };
}
