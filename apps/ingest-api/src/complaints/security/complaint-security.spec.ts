import { randomBytes, randomUUID } from 'node:crypto';
import { complainantPseudonym, normalisedContact } from './complainant-pseudonym';
import { IdentityCipher } from './identity-cipher';
import { TRACKING_CODE_LENGTH, canonicalTrackingCode, newTrackingCode, trackingCodeDigest } from './tracking-code';

describe('IdentityCipher', () => {
  const key = randomBytes(32).toString('base64');
  const cipher = new IdentityCipher(key, 3);
  const contact = JSON.stringify({ name: '王小明', phone: '+86 138 0013 8000', email: 'wang@example.cn' });

  it('round-trips a contact under the same key and complaint id, without the clear text in the sealed parts', () => {
    const id = randomUUID();
    const sealed = cipher.seal(contact, id);
    expect(sealed.keyVersion).toBe(3);
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.tag).toHaveLength(16);
    expect(Buffer.concat([sealed.ciphertext, sealed.iv, sealed.tag]).toString('utf8')).not.toContain('138');
    expect(new IdentityCipher(key, 3).open(sealed, id)).toBe(contact);
  });

  it('uses a fresh iv per message', () => {
    const id = randomUUID();
    expect(cipher.seal(contact, id).iv.equals(cipher.seal(contact, id).iv)).toBe(false);
  });

  it('refuses another key, another complaint id, or a tampered ciphertext', () => {
    const id = randomUUID();
    const sealed = cipher.seal(contact, id);
    expect(() => new IdentityCipher(randomBytes(32).toString('base64'), 3).open(sealed, id)).toThrow();
    expect(() => cipher.open(sealed, randomUUID())).toThrow();
    const tampered = Buffer.from(sealed.ciphertext);
    tampered[0] ^= 1;
    expect(() => cipher.open({ ...sealed, ciphertext: tampered }, id)).toThrow();
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new IdentityCipher(randomBytes(16).toString('base64'), 1)).toThrow();
  });
});

describe('complainantPseudonym', () => {
  const key = 'a-pseudonym-key-of-at-least-32-characters';

  it('links the same person across spellings and prefers the phone', () => {
    const a = complainantPseudonym(key, { phone: '+86 138-0013-8000', name: 'A' });
    expect(a).toBe(complainantPseudonym(key, { phone: '8613800138000', email: 'x@y.z' }));
    expect(complainantPseudonym(key, { email: ' Wang@Example.CN ' })).toBe(complainantPseudonym(key, { email: 'wang@example.cn' }));
    expect(complainantPseudonym(key, { name: '  Li   Lei ' })).toBe(complainantPseudonym(key, { name: 'li lei' }));
  });

  it('differs between people and between keys, and never contains the contact', () => {
    const a = complainantPseudonym(key, { phone: '13800138000' });
    expect(a).not.toBe(complainantPseudonym(key, { phone: '13800138001' }));
    expect(a).not.toBe(complainantPseudonym(`${key}!`, { phone: '13800138000' }));
    expect(a).toMatch(/^hmac1:[0-9a-f]{64}$/);
  });

  it('is undefined for a contact with nothing usable', () => {
    expect(normalisedContact({ phone: '--', name: '   ' })).toBeUndefined();
    expect(complainantPseudonym(key, {})).toBeUndefined();
  });
});

describe('tracking codes', () => {
  it('are long, unambiguous and distinct', () => {
    const codes = Array.from({ length: 1000 }, newTrackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(code).toHaveLength(TRACKING_CODE_LENGTH);
      expect(code).not.toMatch(/[01IO]/);
    }
  });

  it('are accepted as typed and digested as SHA-256 hex', () => {
    const code = newTrackingCode();
    const typed = `${code.slice(0, 5).toLowerCase()} ${code.slice(5, 10)}-${code.slice(10)}`;
    expect(canonicalTrackingCode(typed)).toBe(code);
    expect(canonicalTrackingCode('0'.repeat(TRACKING_CODE_LENGTH))).toBeUndefined();
    expect(canonicalTrackingCode('ABC')).toBeUndefined();
    expect(trackingCodeDigest(code)).toMatch(/^[0-9a-f]{64}$/);
    expect(trackingCodeDigest(code)).not.toContain(code.toLowerCase());
  });
});
