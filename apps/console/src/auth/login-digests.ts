import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keyed digests of what a login attempt names (the email, the client address), so neither the
 * audit table nor Redis holds them in clear. Plain SHA-256 would not do: emails and IPv4
 * addresses are few enough to be guessed back from an unkeyed hash. The key is derived from the
 * JWT secret (HKDF, its own label), so there is no extra secret to deploy; an administrator who
 * holds it can still compute the digest of a given email to find its failed logins.
 */
export class LoginDigests {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, '', 'concord console login digests v1', 32));
  }

  email(email: string): string {
    return this.digest(`email:${email.trim().toLowerCase()}`);
  }

  address(address: string): string {
    return this.digest(`address:${address}`);
  }

  private digest(value: string): string {
    return createHmac('sha256', this.key).update(value).digest('hex');
  }
}
