import fc from 'fast-check';
import { canonicalJson, sha256Hex } from './canonical-body';

/** The original definition (JSON.stringify of a key-sorted copy): digests already stored were made with it. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortKeys(record[key])]),
  );
}

const canonicalBodySha256 = (value: unknown) => sha256Hex(canonicalJson(value));

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}');
  });

  it('produces exactly the bytes of JSON.stringify over a key-sorted copy', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(value) === JSON.stringify(sortKeys(value))), { numRuns: 500 });
    const awkward = { b: [undefined], a: undefined, 10: 1, 2: 2, '01': 3, 4294967295: 4, c: new Date(0), d: -0 };
    expect(canonicalJson(awkward)).toBe(JSON.stringify(sortKeys(awkward)));
  });

  it('hashes bodies that differ only in key order alike, and different bodies differently', () => {
    expect(canonicalBodySha256({ a: 1, b: [1, 2] })).toBe(canonicalBodySha256({ b: [1, 2], a: 1 }));
    expect(canonicalBodySha256({ a: 1, b: [1, 2] })).not.toBe(canonicalBodySha256({ a: 1, b: [2, 1] }));
  });
});
