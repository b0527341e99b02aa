import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { digestApiKey, generateApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('is ck_ followed by 32 random bytes in base64url', () => {
    const { key } = generateApiKey();
    expect(key).toMatch(/^ck_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(3), 'base64url')).toHaveLength(32);
  });

  it('stores the SHA-256 hex digest of the whole key', () => {
    expect(digestApiKey('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const { key, hash } = generateApiKey();
    expect(hash).toBe(createHash('sha256').update(key).digest('hex'));
  });

  it('keeps a short prefix of the key to tell keys apart', () => {
    const { key, prefix } = generateApiKey(() => Buffer.alloc(32, 0xff));
    expect(prefix).toBe(`ck_${'_'.repeat(8)}`);
    expect(key.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(11);
  });

  it('derives key, prefix and digest from the random bytes alone', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => {
        const secret = generateApiKey(() => Buffer.from(bytes));
        expect(Buffer.from(secret.key.slice(3), 'base64url').equals(Buffer.from(bytes))).toBe(true);
        expect(secret.hash).toBe(digestApiKey(secret.key));
        expect(secret.hash).toMatch(/^[0-9a-f]{64}$/);
      }),
    );
  });

  it('never repeats a key', () => {
    const keys = new Set(Array.from({ length: 1000 }, () => generateApiKey().key));
    expect(keys.size).toBe(1000);
  });
});
