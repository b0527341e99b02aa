import { createHash } from 'node:crypto';

/** Fixed namespace for risk-engine alert ids (a random v4 minted once; never change it). */
const ALERT_NAMESPACE = '6f1c3d52-8a0e-4c4b-9f3e-2b7d5a1e9c40';

/**
 * The id of the alert opened by `triggerEventId` for `enterpriseId`: a name-based UUID (v5), so
 * replaying the same history opens alerts with the same ids, and so the same message ids.
 */
export function alertIdFor(enterpriseId: string, triggerEventId: string): string {
  const namespace = Buffer.from(ALERT_NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(`${enterpriseId}/${triggerEventId}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
