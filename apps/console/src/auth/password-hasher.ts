import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import argon2 from 'argon2';

/** Staff passwords: argon2id with the library's default cost (64 MiB, 3 passes). */
@Injectable()
export class PasswordHasher {
  private decoy: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      // A malformed stored hash never matches; it must not turn a login into a 500.
      return false;
    }
  }

  /**
   * Spends the time of one verification when there is no account to check, so response times
   * do not tell which emails have accounts.
   */
  async verifyNothing(password: string): Promise<false> {
    this.decoy ??= this.hash(randomBytes(16).toString('hex'));
    await this.verify(await this.decoy, password);
    return false;
  }
}
