import { createHash, randomBytes } from 'node:crypto';

/** 32 symbols without 0/O and 1/I, so a code read aloud or typed from paper is unambiguous. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 20 symbols × 5 bits = 100 bits: not guessable, so the status lookup needs no other secret. */
export const TRACKING_CODE_LENGTH = 20;

/** A fresh code from the CSPRNG; 32 symbols divide 256, so masking each byte keeps it uniform. */
export function newTrackingCode(): string {
  return Array.from(randomBytes(TRACKING_CODE_LENGTH), (byte) => ALPHABET[byte & 31]).join('');
}

/** The code as typed (any case, spaces or dashes) in canonical form; undefined when it cannot be a code. */
export function canonicalTrackingCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return code.length === TRACKING_CODE_LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : undefined;
}

/** Only this digest is stored: a database reader cannot turn it back into a working code. */
export function trackingCodeDigest(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}
