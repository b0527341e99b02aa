import type { Level } from '@concord/risk-rules';

/** Channels that reach one person. */
export const PERSON_CHANNELS = ['in_app', 'email', 'sms'] as const;
export type PersonChannel = (typeof PERSON_CHANNELS)[number];

/** Every delivery channel: a person's, or a region's webhook endpoint. */
export type DeliveryChannel = PersonChannel | 'webhook';

/** The levels that notify anyone: GREEN is the absence of an alert. */
export type AlertLevel = Exclude<Level, 'GREEN'>;

/** Where a person can be reached outside the console. */
export interface Reachability {
  email: string | null;
  phone: string | null;
}

export function canReach(channel: PersonChannel, reach: Reachability): boolean {
  if (channel === 'email') return reach.email !== null;
  if (channel === 'sms') return reach.phone !== null;
  return true;
}
