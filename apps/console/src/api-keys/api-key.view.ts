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
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

/** The same rule as `directory.api_key_credentials_v1.active`. */
export function isKeyActive(key: Pick<ApiKey, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return key.revokedAt === null && (key.expiresAt === null || key.expiresAt > now);
}

/** `lastUsedAt` comes from the ingest API's `ingest.api_key_usage_v1`, which records every key's use. */
export function toApiKeyView(key: ApiKey, lastUsedAt: Date | null, now = new Date()): ApiKeyView {
  return {
    keyId: key.id,
    prefix: key.keyPrefix,
    label: key.label,
    active: isKeyActive(key, now),
    createdAt: key.createdAt,
    createdBy: key.createdBy,
    revokedAt: key.revokedAt,
    expiresAt: key.expiresAt,
    lastUsedAt,
  };
}
