import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so equal bodies hash equally whatever their key order.
 * Written as one recursive pass instead of `JSON.stringify` of a key-sorted copy: the same bytes
 * (stored digests stay valid), without building a second object tree per event, which showed in
 * the batch endpoint's CPU profile.
 */
export function canonicalJson(value: unknown): string {
  return encode(value) ?? 'null';
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** undefined where JSON.stringify drops the value (undefined, functions, symbols). */
function encode(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: unknown) => encode(item) ?? 'null').join(',')}]`;
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort().sort(byPropertyOrder)) {
    const member = encode(record[key]);
    if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * The digests already stored were made by re-creating each object with sorted keys, and JavaScript
 * enumerates integer-like keys (array indices) first, ascending: keep that order so the bytes match.
 */
function byPropertyOrder(a: string, b: string): number {
  const ia = arrayIndex(a);
  const ib = arrayIndex(b);
  if (ia === undefined || ib === undefined) return ia === undefined ? (ib === undefined ? 0 : 1) : -1;
  return ia - ib;
}

function arrayIndex(key: string): number | undefined {
  if (!/^(?:0|[1-9]\d*)$/.test(key)) return undefined;
  const index = Number(key);
  return index < 2 ** 32 - 1 ? index : undefined;
}
