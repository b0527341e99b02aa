import { createHash, randomBytes } from 'node:crypto';

/** Marks the string as a Concord key, so it is recognisable in logs, configs and secret scanners. */
export const API_KEY_MARKER = 'ck_';
const RANDOM_BYTES = 32;
/** Enough characters for a person to tell keys apart; far too few to guess the rest. */
const PREFIX_LENGTH = API_KEY_MARKER.length + 8;

export interface ApiKeySecret {
  /** The key itself: shown once, never stored. */
  key: string;
  /** Its first characters, stored to tell keys apart. */
  prefix: string;
  /** SHA-256 hex digest: what is stored and what the ingest API looks keys up by. */
  hash: string;
}

/**
 * SHA-256 rather than a slow password hash: the key has 256 random bits, so there is nothing to
 * brute-force, and the ingest API must check it on every request.
 */
export function digestApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(random: (size: number) => Buffer = randomBytes): ApiKeySecret {
  const key = `${API_KEY_MARKER}${random(RANDOM_BYTES).toString('base64url')}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: digestApiKey(key) };
}
