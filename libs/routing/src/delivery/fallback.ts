import { type DeliveryChannel, type PersonChannel, type Reachability, canReach } from './channels';

/** After a channel's final failure, the next ones to try, in order; the inbox is the last resort. */
const FALLBACKS: Readonly<Record<DeliveryChannel, readonly PersonChannel[]>> = Object.freeze({
  sms: ['email', 'in_app'],
  email: ['sms', 'in_app'],
  in_app: [],
  // A region's endpoint has no person behind it to fall back to: it is dead-lettered and replayed.
  webhook: [],
});

/** The channel to try after `failed` finally failed, skipping those already used for this notice; null when none is left. */
export function fallbackChannel(failed: DeliveryChannel, reach: Reachability, alreadyUsed: readonly DeliveryChannel[]): PersonChannel | null {
  return FALLBACKS[failed].find((channel) => !alreadyUsed.includes(channel) && canReach(channel, reach)) ?? null;
}
