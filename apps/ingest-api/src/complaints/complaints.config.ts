import { z } from 'zod';

const AES_256_KEY_BYTES = 32;

/** A base64 string that decodes to exactly 32 bytes (an AES-256 key). */
const base64Aes256Key = z
  .string()
  .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === AES_256_KEY_BYTES, {
    message: `must be ${AES_256_KEY_BYTES} random bytes, base64-encoded (e.g. \`openssl rand -base64 32\`)`,
  });

/** Worker complaint intake: secrets that keep the complainant's identity out of reach, and its rate limits. */
export const complaintsEnv = z.object({
  /** Encrypts a non-anonymous complainant's contact at rest (AES-256-GCM). */
  COMPLAINT_IDENTITY_KEY: base64Aes256Key,
  /** Stored beside each ciphertext so the key can be rotated without re-encrypting old rows at once. */
  COMPLAINT_IDENTITY_KEY_VERSION: z.coerce.number().int().min(1).default(1),
  /** HMAC key of the complainant pseudonym on Kafka; changing it unlinks all earlier pseudonyms. */
  COMPLAINT_PSEUDONYM_KEY: z.string().min(32),
  COMPLAINTS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(10),
  COMPLAINTS_PER_ENTERPRISE_PER_HOUR: z.coerce.number().int().min(1).default(100),
});

export type ComplaintsEnv = z.infer<typeof complaintsEnv>;
