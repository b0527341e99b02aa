import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-concord-signature';
/** Header carrying the delivery id; receivers deduplicate retries on it. */
export const WEBHOOK_DELIVERY_HEADER = 'x-concord-delivery';

function digest(secret: string, body: string, timestampSeconds: number): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
}

/**
 * Signs a webhook body. The timestamp is part of the signed text, so a captured request cannot be
 * replayed outside the receiver's tolerance window.
 */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${digest(secret, body, timestampSeconds)}`;
}

/**
 * Verifies a signature header against the raw body as received (before any JSON parsing, which
 * would change the bytes). Accepts any of several `v1` values, so senders can rotate secrets;
 * compares in constant time; rejects timestamps further than `toleranceSeconds` from `nowSeconds`.
 */
export function verifyWebhookSignature(secret: string, header: string | undefined, body: string, toleranceSeconds: number, nowSeconds: number): boolean {
  if (!header) return false;
  let timestamp: number | undefined;
  const candidates: string[] = [];
  for (const part of header.split(',')) {
    const separator = part.indexOf('=');
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) candidates.push(value);
  }
  if (timestamp === undefined || candidates.length === 0) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(digest(secret, body, timestamp), 'hex');
  return candidates.some((candidate) => timingSafeEqual(Buffer.from(candidate, 'hex'), expected));
}
