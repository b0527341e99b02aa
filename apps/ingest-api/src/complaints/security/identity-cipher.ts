import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface SealedIdentity {
  ciphertext: Buffer;
  iv: Buffer;
  tag: Buffer;
  keyVersion: number;
}

const ALGORITHM = 'aes-256-gcm';
/** 96-bit nonce, the size GCM is specified for; random per message, so one key never repeats one. */
const IV_BYTES = 12;

/**
 * AES-256-GCM over a complainant's contact. The complaint id is bound in as associated data, so a
 * ciphertext copied onto another complaint's row fails to decrypt instead of naming the wrong person.
 */
export class IdentityCipher {
  private readonly key: Buffer;

  constructor(
    base64Key: string,
    private readonly keyVersion: number,
  ) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('The identity key must be 32 bytes');
  }

  seal(plaintext: string, complaintId: string): SealedIdentity {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(complaintId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { ciphertext, iv, tag: cipher.getAuthTag(), keyVersion: this.keyVersion };
  }

  /** Throws when the data, the tag, the key or the complaint id do not match. */
  open(sealed: Omit<SealedIdentity, 'keyVersion'>, complaintId: string): string {
    const decipher = createDecipheriv(ALGORITHM, this.key, sealed.iv);
    decipher.setAAD(Buffer.from(complaintId, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString('utf8');
  }
}
