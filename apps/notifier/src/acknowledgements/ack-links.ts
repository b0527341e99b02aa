import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { NOTIFIER_CONFIG, type NotifierConfig } from '../notifier.config';

/** What a signed acknowledge link grants: acknowledging one thread, as one person (or a group chat), until it expires. */
export interface AckGrant {
  threadId: string;
  /** null for a link posted to a group chat by webhook */
  personId: string | null;
  expiresAt: Date;
}

/** Links stay valid long enough to outlive the slowest deadline (BLUE's 3 working days) with a margin. */
const LINK_LIFETIME_MS = 14 * 86_400_000;

/**
 * Signed acknowledge links in messages: `<base64url JSON grant>.<base64url HMAC-SHA256>` under
 * ACK_LINK_SECRET. Whoever holds the message may acknowledge from it without logging in, which is
 * the point; the grant is narrow (one thread) and expires.
 */
@Injectable()
export class AckLinks {
  constructor(@Inject(NOTIFIER_CONFIG) private readonly config: NotifierConfig) {}

  url(threadId: string, personId: string | null, now: Date): string {
    const grant = Buffer.from(JSON.stringify({ t: threadId, p: personId, e: now.getTime() + LINK_LIFETIME_MS })).toString('base64url');
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/v1/ack/${grant}.${this.sign(grant)}`;
  }

  /** The grant of a token, or null when it is forged, malformed or expired. */
  verify(token: string, now: Date): AckGrant | null {
    const [grant, signature, extra] = token.split('.');
    if (!grant || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(grant), 'base64url');
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { t, p, e } = JSON.parse(Buffer.from(grant, 'base64url').toString('utf8')) as { t: unknown; p: unknown; e: unknown };
      if (typeof t !== 'string' || (p !== null && typeof p !== 'string') || typeof e !== 'number' || e <= now.getTime()) return null;
      return { threadId: t, personId: p, expiresAt: new Date(e) };
    } catch {
      return null;
    }
  }

  private sign(grant: string): string {
    return createHmac('sha256', this.config.ACK_LINK_SECRET).update(grant).digest('base64url');
  }
}
