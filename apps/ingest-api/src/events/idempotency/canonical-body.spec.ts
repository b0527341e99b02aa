import { canonicalJson, sha256Hex } from './canonical-body';

const canonicalBodySha256 = (value: unknown) => sha256Hex(canonicalJson(value));

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":0,"z":1}]},"b":1}');
  });

  it('hashes bodies that differ only in key order alike, and different bodies differently', () => {
    expect(canonicalBodySha256({ a: 1, b: [1, 2] })).toBe(canonicalBodySha256({ b: [1, 2], a: 1 }));
    expect(canonicalBodySha256({ a: 1, b: [1, 2] })).not.toBe(canonicalBodySha256({ a: 1, b: [2, 1] }));
  });
});
